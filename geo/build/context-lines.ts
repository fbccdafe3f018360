// Loads and validates the context drawn around the fighting: the main roads beyond the M4 and M5
// (geo/roads.geojson, hand-drawn through the villages they pass, checked like the highways) and
// the rivers and lakes (geo/rivers.geojson, extracted from GSHHG). Both are published inside
// basemap.geojson: they are drawn under the data, like the coast and borders.
import { pointToLineDistance } from '@turf/turf';
import type { Feature, Geometry, LineString, Polygon } from 'geojson';
import type { BasemapProps, PlaceFeature, RoadProps, WaterProps } from '../../src/data/types.ts';
import { WATER_KINDS } from '../../src/data/types.ts';
import { checkCoordinates, PropChecker } from './check-props.ts';
import { SERVES_MAX_KM } from './geography.ts';
import { featureLabel, readCollection } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export const ROADS_FILE = 'roads.geojson';
export const WATER_FILE = 'rivers.geojson';

/** Longer labels find no room along the line between the place labels at zoom 10-12. */
export const LABEL_MAX = 18;

export type RoadFeature = Feature<LineString, RoadProps>;
export type WaterFeature = Feature<LineString | Polygon, WaterProps>;

function checkIdsOnce(file: string, features: Feature[], taken: Map<string, unknown>, problems: Problem[]): void {
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const id = featureLabel(f, i);
    if (seen.has(id)) problems.push({ file, feature: id, problem: 'id is used twice in this file' });
    else if (taken.has(id)) problems.push({ file, feature: id, problem: 'id is already the id of a place or settlement' });
    seen.add(id);
  });
}

/** Roads: LineStrings with `id, name, ref (string|null), serves[], precision_m, sources, note`; each town served lies near the line. */
export function loadRoads(geoDir: string, places: Map<string, PlaceFeature>): RoadFeature[] {
  const problems: Problem[] = [];
  const { file, features } = readCollection(geoDir, ROADS_FILE, problems);
  features.forEach((f, i) => {
    const p = new PropChecker(problems, file, featureLabel(f, i), (f.properties ?? {}) as Record<string, unknown>);
    p.id();
    if (f.geometry?.type !== 'LineString') p.fail(`geometry must be LineString (got ${f.geometry?.type ?? 'none'})`);
    p.string('name');
    p.string('label', { optional: true });
    if (typeof p.props['label'] === 'string' && p.props['label'].length > LABEL_MAX) p.fail(`property "label" must be at most ${LABEL_MAX} characters: it is drawn along the line between place names`);
    p.string('ref', { nullable: true });
    p.stringList('serves');
    p.precision();
    p.sources();
    p.text('note');
    checkCoordinates(f, (problem) => p.fail(problem));
  });
  throwIfAny(problems);
  checkIdsOnce(file, features, places, problems);
  for (const [i, f] of features.entries()) {
    const road = f as RoadFeature;
    const label = featureLabel(f, i);
    if (road.properties.serves.length < 2) problems.push({ file, feature: label, problem: 'must serve at least the two towns it joins' });
    for (const id of road.properties.serves) {
      const place = places.get(id);
      if (!place) {
        problems.push({ file, feature: label, problem: `serves "${id}", which is not a place or settlement id` });
        continue;
      }
      const km = pointToLineDistance(place, road, { units: 'kilometers' });
      if (km > SERVES_MAX_KM) problems.push({ file, feature: label, problem: `serves ${id}, but ${id} lies ${km.toFixed(2)} km from the line (at most ${SERVES_MAX_KM} km)` });
    }
  }
  throwIfAny(problems);
  return features as RoadFeature[];
}

/** Water: rivers, intermittent rivers and canals as LineStrings, lakes as Polygons, each with its source. */
export function loadWater(geoDir: string): WaterFeature[] {
  const problems: Problem[] = [];
  const { file, features } = readCollection(geoDir, WATER_FILE, problems);
  features.forEach((f, i) => {
    const p = new PropChecker(problems, file, featureLabel(f, i), (f.properties ?? {}) as Record<string, unknown>);
    p.id();
    p.oneOf('kind', WATER_KINDS);
    const want = p.props['kind'] === 'lake' ? 'Polygon' : 'LineString';
    if (f.geometry?.type !== want) p.fail(`geometry of a ${String(p.props['kind'])} must be ${want} (got ${f.geometry?.type ?? 'none'})`);
    p.string('name', { nullable: true });
    p.string('name_ar', { nullable: true });
    p.precision();
    p.sources();
    p.text('note');
    checkCoordinates(f, (problem) => p.fail(problem));
  });
  throwIfAny(problems);
  checkIdsOnce(file, features, new Map(), problems);
  throwIfAny(problems);
  return features as WaterFeature[];
}

/** What the basemap needs of them: kind, name and geometry (sources stay in geo/, cited in the README). */
export function contextForBasemap(roads: RoadFeature[], water: WaterFeature[]): Feature<Geometry, BasemapProps>[] {
  const named = (name: string | null) => (name ? { name } : {});
  return [
    ...water.map((w) => ({ type: 'Feature' as const, properties: { kind: w.properties.kind, ...named(w.properties.name), scale: 'detail' as const }, geometry: w.geometry })),
    ...roads.map((r) => ({ type: 'Feature' as const, properties: { kind: 'road' as const, ...named(r.properties.label ?? r.properties.name), scale: 'detail' as const }, geometry: r.geometry })),
  ];
}
