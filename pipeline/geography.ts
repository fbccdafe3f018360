// Loads and validates the gazetteer: places, settlements, highways, regions, observation posts.
// Beyond the shape of each feature it checks what hand-geocoding gets wrong: duplicate ids,
// swapped lat/lon (a point outside the study area), an alias that names two places, a town that
// is not on the road said to serve it, an M4 that does not meet the M5 at Saraqeb.
import {
  booleanPointInPolygon,
  distance,
  intersect,
  nearestPointOnLine,
  point,
  pointToLineDistance,
  pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { HighwayFeature, ObservationPostFeature, PlaceFeature, RegionFeature } from '../src/core/types.ts';
import {
  highwaySourceFeature,
  observationPostSourceFeature,
  placeSourceFeature,
  regionSourceFeature,
  settlementSourceFeature,
} from '../src/core/schema/geo-files.ts';
import { foldName } from '../src/core/fold-name.ts';
import { geometryProblems } from './geometry-validity.ts';
import { type Item, readCollection } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

/** How far outside the clipped study area a point may sit: Natural Earth's border is ~1 km coarse. */
export const STUDY_AREA_TOLERANCE_KM = 1.5;
export const SERVES_MAX_KM = 1.5;
export const JUNCTION_MAX_KM = 1.5;
export const JUNCTION_NEAR_SARAQEB_KM = 6;

export interface Geography {
  places: PlaceFeature[];
  highways: HighwayFeature[];
  regions: RegionFeature[];
  posts: ObservationPostFeature[];
  studyArea: Feature<Polygon | MultiPolygon>;
}

/** Any checked feature: what the cross-checks below need of it. */
type AnyFeature = Feature<Exclude<Feature['geometry'], null> | null, { id: string; aliases?: string[]; scope?: string; kind?: string }>;
export type Collection<F extends AnyFeature = AnyFeature> = { file: string; features: Item<F>[] };

function checkGeometries(c: Collection, problems: Problem[]): void {
  for (const { label, value } of c.features) {
    const g = value.geometry;
    if (g && (g.type === 'Point' || g.type === 'LineString' || g.type === 'Polygon' || g.type === 'MultiPolygon')) {
      for (const problem of geometryProblems(g)) problems.push({ file: c.file, feature: label, problem });
    }
  }
}

export function loadGeography(geoDir: string, syria: Feature<Polygon | MultiPolygon>): Geography {
  const problems: Problem[] = [];
  const places = readCollection(geoDir, 'places.geojson', placeSourceFeature, problems);
  const settlements = readCollection(geoDir, 'settlements.geojson', settlementSourceFeature, problems);
  const highways = readCollection(geoDir, 'highways.geojson', highwaySourceFeature, problems);
  const regions = readCollection(geoDir, 'regions.geojson', regionSourceFeature, problems);
  const posts = readCollection(geoDir, 'observation-posts.geojson', observationPostSourceFeature, problems);
  for (const { label, value } of posts.features) {
    const { established, surrounded } = value.properties;
    if (surrounded !== null && surrounded < established)
      problems.push({ file: posts.file, feature: label, problem: `surrounded (${surrounded}) is before established (${established})` });
  }
  const all: Collection[] = [places, settlements, highways, regions, posts];
  for (const c of all) checkGeometries(c, problems);
  // Shapes first: the cross-checks below rely on them.
  throwIfAny(problems);

  checkUniqueIds(all, problems);
  checkAliases([places, settlements, regions, posts], problems);
  checkDistinctPositions([places, settlements], problems);
  // Cross-checks look features up by id: a duplicate would make them report nonsense.
  throwIfAny(problems);

  const studyRegion = regions.features.filter((f) => f.value.properties.kind === 'study-area');
  if (studyRegion.length !== 1 || !studyRegion[0]) {
    problems.push({
      file: regions.file,
      feature: '(file)',
      problem: `must hold exactly one region of kind "study-area" (found ${studyRegion.length})`,
    });
    throwIfAny(problems);
  }
  const study = studyRegion[0]!;
  const clipped = intersect({ type: 'FeatureCollection', features: [study.value, syria] });
  if (!clipped) {
    problems.push({ file: regions.file, feature: study.label, problem: 'the study area does not overlap Syria' });
    throwIfAny(problems);
  }
  const studyArea: Feature<Polygon | MultiPolygon, RegionFeature['properties']> = {
    ...clipped!,
    properties: { ...study.value.properties },
  };

  checkInsideStudyArea(studyArea, [places, settlements, highways, posts, regions], problems);
  // A misplaced town would also be "far from its road"; report the cause only.
  throwIfAny(problems);
  const placeFeatures: PlaceFeature[] = [
    ...places.features.map((f) => withLayer(f.value, 'place')),
    ...settlements.features.map((f) => withLayer(f.value, 'settlement')),
  ];
  const byId = new Map(placeFeatures.map((f) => [f.properties.id, f]));
  checkHighways(highways, byId, problems);
  for (const { label, value } of posts.features) {
    const host = value.properties.host;
    if (host !== null && !byId.has(host))
      problems.push({ file: posts.file, feature: label, problem: `host "${host}" is not a place or settlement id` });
  }
  const numbers = posts.features.map((f) => f.value.properties.number);
  if (new Set(numbers).size !== numbers.length || numbers.length !== 12) {
    problems.push({
      file: posts.file,
      feature: '(file)',
      problem: `must hold the 12 observation posts numbered 1 to 12 once each (found ${numbers.length}: ${numbers.join(', ')})`,
    });
  }
  throwIfAny(problems);

  return {
    places: placeFeatures,
    highways: highways.features.map((f) => f.value),
    regions: regions.features.map((f) => (f.value.properties.kind === 'study-area' ? studyArea : f.value)),
    posts: posts.features.map((f) => f.value),
    studyArea,
  };
}

function withLayer<F extends { geometry: PlaceFeature['geometry']; properties: Omit<PlaceFeature['properties'], 'layer'> }>(
  f: F,
  layer: 'place' | 'settlement',
): PlaceFeature {
  return { type: 'Feature', geometry: f.geometry, properties: { ...f.properties, layer } };
}

function checkUniqueIds(collections: Collection[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const c of collections) {
    for (const { label, value } of c.features) {
      const first = seen.get(value.properties.id);
      if (first) problems.push({ file: c.file, feature: label, problem: `id is used twice (also in ${first})` });
      else seen.set(value.properties.id, c.file);
    }
  }
}

/** An alias is a name the excerpt linker matches; two places sharing one would make a link a guess. */
function checkAliases(collections: Collection[], problems: Problem[]): void {
  const owner = new Map<string, string>();
  for (const c of collections) {
    for (const { label, value } of c.features) {
      for (const alias of new Set((value.properties.aliases ?? []).map(foldName))) {
        if (alias === '') continue;
        const other = owner.get(alias);
        if (other && other !== label)
          problems.push({ file: c.file, feature: label, problem: `alias "${alias}" is ambiguous: it is also an alias of ${other}` });
        else owner.set(alias, label);
      }
    }
  }
}

/**
 * Two settlements on one coordinate would share one Voronoi cell: one of them would silently drop
 * out of the control model. Almost always a copy-paste slip.
 */
function checkDistinctPositions(collections: Collection[], problems: Problem[]): void {
  const at = new Map<string, string>();
  for (const c of collections) {
    for (const { label, value } of c.features) {
      if (value.geometry?.type !== 'Point' || value.properties.scope === 'wider') continue;
      const key = value.geometry.coordinates.join(',');
      const other = at.get(key);
      if (other)
        problems.push({
          file: c.file,
          feature: label,
          problem: `lies on the same coordinate [${value.geometry.coordinates.join(', ')}] as ${other}`,
        });
      else at.set(key, label);
    }
  }
}

function positionsOf(g: AnyFeature['geometry']): Position[] {
  switch (g?.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** Every position of every feature (events too) must lie in the study area, bar places far away. */
export function checkInsideStudyArea(area: Feature<Polygon | MultiPolygon>, collections: Collection[], problems: Problem[]): void {
  for (const c of collections) {
    for (const { label, value } of c.features) {
      if (value.properties.scope === 'wider' || value.properties.kind === 'study-area') continue;
      for (const p of positionsOf(value.geometry)) {
        if (booleanPointInPolygon(p, area)) continue;
        const km = pointToPolygonDistance(point(p), area, { units: 'kilometers' });
        if (km > STUDY_AREA_TOLERANCE_KM) {
          const hint = booleanPointInPolygon([p[1]!, p[0]!], area) ? ' (are longitude and latitude swapped? RFC 7946 is [lon, lat])' : '';
          problems.push({
            file: c.file,
            feature: label,
            problem: `coordinate [${p[0]}, ${p[1]}] lies ${km.toFixed(1)} km outside the study area${hint}`,
          });
          break;
        }
      }
    }
  }
}

function checkHighways(highways: Collection<HighwayFeature>, places: Map<string, PlaceFeature>, problems: Problem[]): void {
  const lines = new Map<string, HighwayFeature>();
  for (const { label, value: road } of highways.features) {
    lines.set(road.properties.ref, road);
    for (const id of road.properties.serves) {
      const place = places.get(id);
      if (!place) {
        problems.push({ file: highways.file, feature: label, problem: `serves "${id}", which is not a place or settlement id` });
        continue;
      }
      const km = pointToLineDistance(place, road, { units: 'kilometers' });
      if (km > SERVES_MAX_KM)
        problems.push({
          file: highways.file,
          feature: label,
          problem: `serves ${id}, but ${id} lies ${km.toFixed(2)} km from the line (at most ${SERVES_MAX_KM} km)`,
        });
    }
  }
  const m4 = lines.get('M4');
  const m5 = lines.get('M5');
  if (!m4 || !m5) {
    problems.push({ file: highways.file, feature: '(file)', problem: 'must hold both the M4 and the M5' });
    return;
  }
  const saraqeb = places.get('saraqeb');
  // The junction is the M4 vertex closest to the M5.
  let best = { km: Infinity, at: m4.geometry.coordinates[0]! };
  for (const p of m4.geometry.coordinates) {
    const km = pointToLineDistance(p, m5, { units: 'kilometers' });
    if (km < best.km) best = { km, at: p };
  }
  const m4Label = m4.properties.id;
  if (best.km > JUNCTION_MAX_KM) {
    problems.push({
      file: highways.file,
      feature: m4Label,
      problem: `the M4 never comes within ${JUNCTION_MAX_KM} km of the M5 (closest ${best.km.toFixed(2)} km)`,
    });
  } else if (saraqeb) {
    const junction = nearestPointOnLine(m5, best.at);
    const km = distance(junction, saraqeb, { units: 'kilometers' });
    if (km > JUNCTION_NEAR_SARAQEB_KM)
      problems.push({
        file: highways.file,
        feature: m4Label,
        problem: `the M4 meets the M5 ${km.toFixed(1)} km from Saraqeb (expected within ${JUNCTION_NEAR_SARAQEB_KM} km)`,
      });
  }
}
