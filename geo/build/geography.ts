// Loads and validates the gazetteer: places, settlements, highways, regions, observation posts.
// Beyond the shape of each feature it checks what hand-geocoding gets wrong: duplicate ids,
// swapped lat/lon (a point outside the study area), an alias that names two places, a town that
// is not on the road said to serve it, an M4 that does not meet the M5 at Saraqeb.
import { booleanPointInPolygon, distance, intersect, nearestPointOnLine, point, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { HighwayFeature, ObservationPostFeature, PlaceFeature, RegionFeature } from '../../src/data/types.ts';
import { PLACE_KINDS } from '../../src/data/types.ts';
import { checkCoordinates, PropChecker } from './check-props.ts';
import { foldName } from '../../src/data/fold-name.ts';
import { featureLabel, readCollection } from './load.ts';
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

type Collection = { file: string; features: Feature[] };

function each(c: Collection, problems: Problem[], check: (p: PropChecker, f: Feature) => void): void {
  c.features.forEach((f, i) => {
    const label = featureLabel(f, i);
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const checker = new PropChecker(problems, c.file, label, props);
    checker.id();
    check(checker, f);
    checkCoordinates(f, (problem) => problems.push({ file: c.file, feature: label, problem }));
  });
}

function geometryIs(p: PropChecker, f: Feature, ...types: string[]): void {
  if (!f.geometry || !types.includes(f.geometry.type)) p.fail(`geometry must be ${types.join(' or ')} (got ${f.geometry?.type ?? 'none'})`);
}

function checkPlaceProps(scopes: readonly string[]) {
  return (p: PropChecker, f: Feature) => {
    geometryIs(p, f, 'Point');
    p.string('name');
    p.string('name_ar', { nullable: true });
    p.stringList('aliases');
    p.oneOf('kind', PLACE_KINDS);
    p.oneOf('scope', scopes);
    p.precision();
    p.sources();
    p.text('note');
  };
}

export function loadGeography(geoDir: string, syria: Feature<Polygon | MultiPolygon>): Geography {
  const problems: Problem[] = [];
  const places = readCollection(geoDir, 'places.geojson', problems);
  const settlements = readCollection(geoDir, 'settlements.geojson', problems);
  const highways = readCollection(geoDir, 'highways.geojson', problems);
  const regions = readCollection(geoDir, 'regions.geojson', problems);
  const posts = readCollection(geoDir, 'observation-posts.geojson', problems);

  each(places, problems, checkPlaceProps(['theatre', 'wider']));
  each(settlements, problems, checkPlaceProps(['theatre']));
  each(highways, problems, (p, f) => {
    geometryIs(p, f, 'LineString');
    p.oneOf('ref', ['M4', 'M5']);
    p.string('name');
    p.stringList('serves');
    p.precision();
    p.sources();
  });
  each(regions, problems, (p, f) => {
    geometryIs(p, f, 'Polygon', 'MultiPolygon');
    p.string('name');
    p.oneOf('kind', ['region', 'study-area']);
    p.stringList('aliases');
    p.precision();
    p.sources();
  });
  each(posts, problems, (p, f) => {
    geometryIs(p, f, 'Point');
    p.string('name');
    p.stringList('aliases');
    p.date('established');
    p.date('surrounded', { nullable: true });
    p.precision();
    p.sources();
    const n = p.props['number'];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 12) p.fail('property "number" must be a whole number from 1 to 12');
    const { established, surrounded } = p.props as { established?: string; surrounded?: string | null };
    if (typeof surrounded === 'string' && typeof established === 'string' && surrounded < established) p.fail(`surrounded (${surrounded}) is before established (${established})`);
  });
  // Shapes first: the cross-checks below rely on them.
  throwIfAny(problems);

  const all: Collection[] = [places, settlements, highways, regions, posts];
  checkUniqueIds(all, problems);
  checkAliases([places, settlements, regions, posts], problems);
  // Cross-checks look features up by id: a duplicate would make them report nonsense.
  throwIfAny(problems);

  const studyRegion = regions.features.filter((f) => f.properties?.['kind'] === 'study-area');
  if (studyRegion.length !== 1) {
    problems.push({ file: regions.file, feature: '(file)', problem: `must hold exactly one region of kind "study-area" (found ${studyRegion.length})` });
    throwIfAny(problems);
  }
  const studyArea = intersect({ type: 'FeatureCollection', features: [studyRegion[0] as Feature<Polygon | MultiPolygon>, syria] });
  if (!studyArea) {
    problems.push({ file: regions.file, feature: featureLabel(studyRegion[0]!, 0), problem: 'the study area does not overlap Syria' });
    throwIfAny(problems);
  }
  studyArea!.properties = { ...studyRegion[0]!.properties };

  checkInsideStudyArea(studyArea!, [places, settlements, highways, posts, regions], problems);
  // A misplaced town would also be "far from its road"; report the cause only.
  throwIfAny(problems);
  const placeFeatures = [
    ...places.features.map((f) => withLayer(f, 'place')),
    ...settlements.features.map((f) => withLayer(f, 'settlement')),
  ];
  const byId = new Map(placeFeatures.map((f) => [f.properties.id, f]));
  checkHighways(highways, byId, problems);
  posts.features.forEach((f, i) => {
    const host = f.properties?.['host'];
    if (host !== null && host !== undefined && !byId.has(host as string)) {
      problems.push({ file: posts.file, feature: featureLabel(f, i), problem: `host "${String(host)}" is not a place or settlement id` });
    }
  });
  const numbers = posts.features.map((f) => f.properties?.['number'] as number);
  if (new Set(numbers).size !== numbers.length || numbers.length !== 12) {
    problems.push({ file: posts.file, feature: '(file)', problem: `must hold the 12 observation posts numbered 1 to 12 once each (found ${numbers.length}: ${numbers.join(', ')})` });
  }
  throwIfAny(problems);

  return {
    places: placeFeatures,
    highways: highways.features as HighwayFeature[],
    regions: regions.features.map((f) => (f.properties?.['kind'] === 'study-area' ? (studyArea as Feature) : f)) as RegionFeature[],
    posts: posts.features as ObservationPostFeature[],
    studyArea: studyArea!,
  };
}

function withLayer(f: Feature, layer: 'place' | 'settlement'): PlaceFeature {
  return { ...f, properties: { ...(f.properties as object), layer } } as PlaceFeature;
}

function checkUniqueIds(collections: Collection[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const c of collections) {
    c.features.forEach((f, i) => {
      const id = featureLabel(f, i);
      const first = seen.get(id);
      if (first) problems.push({ file: c.file, feature: id, problem: `id is used twice (also in ${first})` });
      else seen.set(id, c.file);
    });
  }
}

/** An alias is a name the excerpt linker matches; two places sharing one would make a link a guess. */
function checkAliases(collections: Collection[], problems: Problem[]): void {
  const owner = new Map<string, string>();
  for (const c of collections) {
    c.features.forEach((f, i) => {
      const id = featureLabel(f, i);
      const aliases = ((f.properties?.['aliases'] as string[] | undefined) ?? []).map(foldName);
      for (const alias of new Set(aliases)) {
        if (alias === '') continue;
        const other = owner.get(alias);
        if (other && other !== id) problems.push({ file: c.file, feature: id, problem: `alias "${alias}" is ambiguous: it is also an alias of ${other}` });
        else owner.set(alias, id);
      }
    });
  }
}

function checkInsideStudyArea(area: Feature<Polygon | MultiPolygon>, collections: Collection[], problems: Problem[]): void {
  for (const c of collections) {
    c.features.forEach((f, i) => {
      const props = f.properties ?? {};
      if (props['scope'] === 'wider' || props['kind'] === 'study-area') return;
      const pts: Position[] = checkCoordinates(f, () => {});
      for (const p of pts) {
        if (booleanPointInPolygon(p, area)) continue;
        const km = pointToPolygonDistance(point(p), area, { units: 'kilometers' });
        if (km > STUDY_AREA_TOLERANCE_KM) {
          const hint = booleanPointInPolygon([p[1]!, p[0]!], area) ? ' (are longitude and latitude swapped? RFC 7946 is [lon, lat])' : '';
          problems.push({ file: c.file, feature: featureLabel(f, i), problem: `coordinate [${p[0]}, ${p[1]}] lies ${km.toFixed(1)} km outside the study area${hint}` });
          break;
        }
      }
    });
  }
}

function checkHighways(highways: Collection, places: Map<string, PlaceFeature>, problems: Problem[]): void {
  const lines = new Map<string, HighwayFeature>();
  highways.features.forEach((f, i) => {
    const road = f as HighwayFeature;
    const label = featureLabel(f, i);
    lines.set(road.properties.ref, road);
    for (const id of road.properties.serves) {
      const place = places.get(id);
      if (!place) {
        problems.push({ file: highways.file, feature: label, problem: `serves "${id}", which is not a place or settlement id` });
        continue;
      }
      const km = pointToLineDistance(place, road, { units: 'kilometers' });
      if (km > SERVES_MAX_KM) problems.push({ file: highways.file, feature: label, problem: `serves ${id}, but ${id} lies ${km.toFixed(2)} km from the line (at most ${SERVES_MAX_KM} km)` });
    }
  });
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
  const m4Label = featureLabel(m4, 0) === 'feature #1' ? 'M4' : m4.properties.id;
  if (best.km > JUNCTION_MAX_KM) {
    problems.push({ file: highways.file, feature: m4Label, problem: `the M4 never comes within ${JUNCTION_MAX_KM} km of the M5 (closest ${best.km.toFixed(2)} km)` });
  } else if (saraqeb) {
    const junction = nearestPointOnLine(m5, best.at);
    const km = distance(junction, saraqeb, { units: 'kilometers' });
    if (km > JUNCTION_NEAR_SARAQEB_KM) problems.push({ file: highways.file, feature: m4Label, problem: `the M4 meets the M5 ${km.toFixed(1)} km from Saraqeb (expected within ${JUNCTION_NEAR_SARAQEB_KM} km)` });
  }
}
