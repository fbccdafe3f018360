// Loads and validates the context drawn around the fighting: the main roads beyond the M4 and M5
// (geo/roads.geojson, hand-drawn through the villages they pass, checked like the highways) and
// the rivers and lakes (geo/rivers.geojson, extracted from GSHHG). Both are published inside
// basemap.geojson: they are drawn under the data, like the coast and borders.
import { pointToLineDistance } from '@turf/turf';
import type { Feature, Geometry, LineString, Polygon } from 'geojson';
import { roadSourceFeature, waterSourceFeature } from '../src/core/schema/geo-files.ts';
import type { BasemapProps, PlaceFeature, RoadProps, WaterProps } from '../src/core/types.ts';
import { SERVES_MAX_KM } from './geography.ts';
import { readCollection, type Item } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export const ROADS_FILE = 'roads.geojson';
export const WATER_FILE = 'rivers.geojson';

export type RoadFeature = Feature<LineString, RoadProps>;
export type WaterFeature = Feature<LineString | Polygon, WaterProps>;

function checkIdsOnce<T extends { properties: { id: string } }>(
  file: string,
  items: Item<T>[],
  taken: Map<string, unknown>,
  problems: Problem[],
): void {
  const seen = new Set<string>();
  for (const { label, value } of items) {
    const id = value.properties.id;
    if (seen.has(id)) problems.push({ file, feature: label, problem: 'id is used twice in this file' });
    else if (taken.has(id)) problems.push({ file, feature: label, problem: 'id is already the id of a place or settlement' });
    seen.add(id);
  }
}

/** Roads: the schema's shape, ids of their own, and each town served near the line. */
export function loadRoads(geoDir: string, places: Map<string, PlaceFeature>): RoadFeature[] {
  const problems: Problem[] = [];
  const { file, features } = readCollection(geoDir, ROADS_FILE, roadSourceFeature, problems);
  throwIfAny(problems);
  checkIdsOnce(file, features as Item<RoadFeature>[], places, problems);
  for (const { label, value } of features as Item<RoadFeature>[]) {
    if (value.properties.serves.length < 2) problems.push({ file, feature: label, problem: 'must serve at least the two towns it joins' });
    for (const id of value.properties.serves) {
      const place = places.get(id);
      if (!place) {
        problems.push({ file, feature: label, problem: `serves "${id}", which is not a place or settlement id` });
        continue;
      }
      const km = pointToLineDistance(place, value, { units: 'kilometers' });
      if (km > SERVES_MAX_KM)
        problems.push({
          file,
          feature: label,
          problem: `serves ${id}, but ${id} lies ${km.toFixed(2)} km from the line (at most ${SERVES_MAX_KM} km)`,
        });
    }
  }
  throwIfAny(problems);
  return features.map((f) => f.value as RoadFeature);
}

/** Water: rivers, intermittent rivers and canals as LineStrings, lakes as Polygons, each with its source. */
export function loadWater(geoDir: string): WaterFeature[] {
  const problems: Problem[] = [];
  const { file, features } = readCollection(geoDir, WATER_FILE, waterSourceFeature, problems);
  throwIfAny(problems);
  for (const { label, value } of features as Item<WaterFeature>[]) {
    const want = value.properties.kind === 'lake' ? 'Polygon' : 'LineString';
    if (value.geometry.type !== want)
      problems.push({
        file,
        feature: label,
        problem: `geometry of a ${value.properties.kind} must be ${want} (got ${value.geometry.type})`,
      });
  }
  checkIdsOnce(file, features as Item<WaterFeature>[], new Map(), problems);
  throwIfAny(problems);
  return features.map((f) => f.value as WaterFeature);
}

/** What the basemap needs of them: kind, name and geometry (sources stay in geo/, cited in the README). */
export function contextForBasemap(roads: RoadFeature[], water: WaterFeature[]): Feature<Geometry, BasemapProps>[] {
  const named = (name: string | null) => (name ? { name } : {});
  return [
    ...water.map((w) => ({
      type: 'Feature' as const,
      properties: { kind: w.properties.kind, ...named(w.properties.name), scale: 'detail' as const },
      geometry: w.geometry,
    })),
    ...roads.map((r) => ({
      type: 'Feature' as const,
      properties: { kind: 'road' as const, ...named(r.properties.label ?? r.properties.name), scale: 'detail' as const },
      geometry: r.geometry,
    })),
  ];
}
