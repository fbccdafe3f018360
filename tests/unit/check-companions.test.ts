// The companion check: a settlement far from every place taken with it, where nothing else moved
// that week, fails the build; a second axis on the same day (something moved near it) is only
// warned about.
import { describe, expect, test } from 'vitest';
import type { ControlFacts, PlaceFeature, Side } from '../../src/core/types.ts';
import { checkCompanions } from '../../pipeline/check-companions.ts';

const place = (id: string, lon: number, lat: number): PlaceFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id,
      name: id,
      name_ar: null,
      aliases: [],
      kind: 'village',
      scope: 'theatre',
      precision_m: 300,
      sources: [{ title: 't' }],
      note: '',
      layer: 'settlement',
    },
  }) as PlaceFeature;

const src = [{ title: 't' }];
const facts = (changes: [string, string, Side][]): ControlFacts => {
  const places = [...new Set(changes.map((c) => c[0]))];
  return {
    start: '2019-12-01',
    end: '2020-03-06',
    settlements: places.map((p) => ({
      place: p,
      initial: 'opposition' as Side,
      initial_sources: src,
      changes: changes.filter((c) => c[0] === p).map(([, date, side]) => ({ date, side, confidence: 'medium' as const, sources: src })),
    })),
  };
};

// An advance north of Saraqeb: three villages within 3 km of each other.
const advance = [place('a', 36.8, 35.86), place('b', 36.77, 35.86), place('c', 36.8, 35.89)];
const advanceChanges: [string, string, Side][] = [
  ['a', '2020-02-05', 'government'],
  ['b', '2020-02-05', 'government'],
  ['c', '2020-02-06', 'government'],
];

describe('checkCompanions', () => {
  test('a village reported with an advance 40 km away, where nothing else moved, is a problem naming it', () => {
    const places = new Map([...advance, place('far', 36.45, 35.6)].map((p) => [p.properties.id, p]));
    const { problems } = checkCompanions(facts([...advanceChanges, ['far', '2020-02-05', 'government']]), places);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.feature).toBe('far');
    expect(problems[0]!.file).toBe('geo/settlements.geojson');
    expect(problems[0]!.problem).toMatch(/lies \d+\.\d km from the nearest of the 3 places/);
  });

  test('a second axis (another village near it changed hands that week) is a warning, not a problem', () => {
    const places = new Map([...advance, place('far', 36.45, 35.6), place('far-neighbour', 36.47, 35.61)].map((p) => [p.properties.id, p]));
    const { problems, warnings } = checkCompanions(
      facts([...advanceChanges, ['far', '2020-02-05', 'government'], ['far-neighbour', '2020-02-09', 'opposition']]),
      places,
    );
    expect(problems).toEqual([]);
    expect(warnings.join('\n')).toMatch(/far: the change of 2020-02-05 lies/);
  });

  test('villages of one advance pass without warnings', () => {
    const places = new Map(advance.map((p) => [p.properties.id, p]));
    const places4 = new Map([...places, ['d', place('d', 36.78, 35.88)]]);
    expect(checkCompanions(facts([...advanceChanges, ['d', '2020-02-04', 'government']]), places4)).toEqual({ problems: [], warnings: [] });
  });
});
