// Checks each place's `second_source`: where else its coordinate is found (a source independent of
// the one the coordinate came from) and how far from ours. `distance_m` is recomputed, so it cannot
// drift from the coordinates; a second source far from ours is reported as a warning, since one of
// the two is then wrong and someone should look.
import { distance } from '@turf/turf';
import type { PlaceFeature } from '../src/core/types.ts';
import type { Problem } from './problems.ts';

/**
 * Beyond this (or beyond the place's own precision, for an island or a city drawn as one point, or
 * the second source's, for a point derived from a written distance and bearing)
 * the two sources disagree enough that the build says so.
 */
export const SECOND_SOURCE_WARN_KM = 3;
/** A second source's own precision, where it gives one (a point derived from "12 km east of X"). */
const ownPrecision = (m: unknown) => (typeof m === 'number' && Number.isFinite(m) ? m : 0);
/** `distance_m` as written may differ from the recomputed one by this much (rounding of coordinates). */
const DISTANCE_SLACK_M = 25;

const fileOf = (p: PlaceFeature) => (p.properties.layer === 'settlement' ? 'geo/settlements.geojson' : 'geo/places.geojson');

export function checkSecondSources(places: PlaceFeature[]): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  for (const place of places) {
    const s = (place.properties as unknown as Record<string, unknown>).second_source;
    if (s === undefined) continue;
    const fail = (problem: string) => problems.push({ file: fileOf(place), feature: place.properties.id, problem });
    if (s === null) {
      if (!place.properties.note || place.properties.note.trim() === '') fail('"second_source" is null: say why in "note"');
      continue;
    }
    const o = s as Record<string, unknown>;
    const c = o.coordinates;
    if (typeof s !== 'object' || typeof o.title !== 'string' || o.title.trim() === '') {
      fail('"second_source" must be null or {title, url, coordinates: [lon, lat], distance_m}');
      continue;
    }
    if (o.url !== null && typeof o.url !== 'string') fail('second_source.url must be a string or null');
    if (
      !Array.isArray(c) ||
      c.length !== 2 ||
      !c.every((x) => typeof x === 'number' && Number.isFinite(x)) ||
      Math.abs(c[0] as number) > 180 ||
      Math.abs(c[1] as number) > 90
    ) {
      fail('second_source.coordinates must be [lon, lat]');
      continue;
    }
    const metres = distance(place, c as [number, number], { units: 'kilometers' }) * 1000;
    if (typeof o.distance_m !== 'number' || Math.abs(o.distance_m - metres) > Math.max(DISTANCE_SLACK_M, metres * 0.02)) {
      fail(
        `second_source.distance_m must be the distance between the two coordinates (${Math.round(metres)} m, got ${JSON.stringify(o.distance_m)})`,
      );
    } else if (metres > Math.max(SECOND_SOURCE_WARN_KM * 1000, place.properties.precision_m, ownPrecision(o.precision_m))) {
      warnings.push(
        `${fileOf(place)}: ${place.properties.id}: the second source puts it ${(metres / 1000).toFixed(1)} km away (${o.title})`,
      );
    }
  }
  return { problems, warnings };
}
