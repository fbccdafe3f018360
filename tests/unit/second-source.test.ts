// The second-source check: a coordinate's second source must state the true distance between the
// two points, and one that lies farther than the place's precision (at least 3 km) is reported.
import { distance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { PlaceFeature, SecondSource } from '../../src/core/types.ts';
import { checkSecondSources } from '../../pipeline/second-source.ts';

const AT: [number, number] = [36.8059, 35.8645];

function village(second: SecondSource | null | undefined, precision_m = 500, note = ''): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: AT },
    properties: {
      id: 'saraqeb',
      name: 'Saraqeb',
      name_ar: null,
      aliases: [],
      kind: 'village',
      scope: 'theatre',
      precision_m,
      sources: [{ title: 't' }],
      note,
      layer: 'settlement',
      ...(second === undefined ? {} : { second_source: second }),
    },
  } as PlaceFeature;
}

/** A second source `km` kilometres due north of AT, stating the distance it really lies at. */
function northBy(km: number): SecondSource {
  const coordinates: [number, number] = [AT[0], AT[1] + km / 111.2];
  const metres = Math.round(distance(AT, coordinates, { units: 'kilometers' }) * 1000);
  return { title: 'ar.wikipedia infobox', url: 'https://example.org/a', coordinates, distance_m: metres };
}

describe('second sources', () => {
  test('one that agrees within a kilometre passes silently', () => {
    expect(checkSecondSources([village(northBy(0.4))])).toEqual({ problems: [], warnings: [] });
  });

  test('a distance that does not match the two coordinates fails, naming the file and the feature', () => {
    const wrong = { ...northBy(2), distance_m: 40 };
    const { problems } = checkSecondSources([village(wrong)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'geo/settlements.geojson', feature: 'saraqeb' });
    expect(problems[0]!.problem).toMatch(/distance_m must be the distance between the two coordinates \(2000 m, got 40\)/);
  });

  test('one farther than 3 km is reported for someone to look at', () => {
    const { problems, warnings } = checkSecondSources([village(northBy(5))]);
    expect(problems).toEqual([]);
    expect(warnings).toEqual(['geo/settlements.geojson: saraqeb: the second source puts it 5.0 km away (ar.wikipedia infobox)']);
  });

  test('a place drawn as one point for a wide area is judged by its own precision', () => {
    expect(checkSecondSources([village(northBy(5), 30_000)]).warnings).toEqual([]);
    expect(checkSecondSources([village(northBy(40), 30_000)]).warnings).toHaveLength(1);
  });

  test('a point derived from a written distance and bearing is judged by its own stated precision', () => {
    const derived = (km: number, precision_m: number) => ({ ...northBy(km), title: 'COARSE, derived: eSyria', precision_m });
    expect(checkSecondSources([village(derived(5, 6000))]).warnings).toEqual([]);
    expect(checkSecondSources([village(derived(8, 6000))]).warnings).toEqual([
      'geo/settlements.geojson: saraqeb: the second source puts it 8.0 km away (COARSE, derived: eSyria)',
    ]);
  });

  test('none found is allowed only with the reason in the note', () => {
    expect(checkSecondSources([village(null)]).problems[0]!.problem).toBe('"second_source" is null: say why in "note"');
    expect(checkSecondSources([village(null, 500, 'no gazetteer lists it')]).problems).toEqual([]);
  });
});
