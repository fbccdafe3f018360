// Fetches the published files and checks them at the edge: a feature that does not have the shape
// the app relies on is set aside (and listed in the UI), never allowed to break a layer.
// Loading comes in two parts: the first view (who held what on each day, a few KiB besides the
// cells the map fetches itself) so that the areas draw at once, then everything the panels need.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ControlTimeline } from './control-timeline.ts';
import type {
  Article,
  ControlFacts,
  EventFeature,
  ExcerptIndex,
  HighwayFeature,
  ObservationPostFeature,
  PlaceFeature,
  RegionFeature,
} from './types.ts';
import { SIDES } from './types.ts';
import { regionAsPlace } from './region-point.ts';

export interface SetAside {
  file: string;
  item: string;
  reason: string;
}

export interface AppData {
  places: PlaceFeature[];
  /** Places, settlements and regions (as their label point): everything a panel can show. */
  placesById: Map<string, PlaceFeature>;
  highways: HighwayFeature[];
  regions: RegionFeature[];
  posts: ObservationPostFeature[];
  controlFacts: ControlFacts;
  factsByPlace: Map<string, ControlFacts['settlements'][number]>;
  events: EventFeature[];
  articles: Article[];
  articlesById: Map<string, Article>;
  excerpts: ExcerptIndex;
  setAside: SetAside[];
}

export const DATA_FILES = [
  'places.geojson',
  'highways.geojson',
  'regions.geojson',
  'observation-posts.geojson',
  'control-facts.json',
  'events.geojson',
  'articles.json',
  'excerpts.json',
] as const;

export function dataUrl(name: string): string {
  return new URL(`data/${name}`, document.baseURI).href;
}

async function fetchJson(name: string): Promise<unknown> {
  const res = await fetch(dataUrl(name));
  if (!res.ok) throw new Error(`data/${name}: HTTP ${res.status}`);
  return res.json();
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Check = (props: Record<string, unknown>, geometry: Geometry | null) => string | null;

function features<F>(file: string, raw: unknown, check: Check, setAside: SetAside[], allowNoGeometry = false): F[] {
  if (!isRecord(raw) || raw['type'] !== 'FeatureCollection' || !Array.isArray(raw['features'])) {
    throw new Error(`data/${file}: not a GeoJSON FeatureCollection`);
  }
  const out: F[] = [];
  (raw as unknown as FeatureCollection).features.forEach((f, i) => {
    const props = isRecord(f.properties) ? f.properties : {};
    const reason = f.geometry || allowNoGeometry ? check(props, f.geometry) : 'no geometry';
    if (reason) setAside.push({ file, item: isString(props['id']) ? props['id'] : `feature ${i}`, reason });
    else out.push(f as F);
  });
  return out;
}

const needs =
  (...keys: string[]): Check =>
  (p) => {
    const missing = keys.filter((k) => !isString(p[k]) || p[k] === '');
    return missing.length ? `missing ${missing.join(', ')}` : null;
  };

const pointWith =
  (...keys: string[]): Check =>
  (p, g) =>
    g?.type !== 'Point' ? 'not a Point' : needs(...keys)(p, g);

export interface FirstView {
  timeline: ControlTimeline;
  corridor: FeatureCollection<Polygon | MultiPolygon, { from: string }>;
}

function checkTimeline(raw: unknown): ControlTimeline {
  const t = raw as Partial<ControlTimeline> | null;
  const ok =
    isRecord(raw) &&
    Array.isArray(t?.places) &&
    Array.isArray(t?.initial) &&
    Array.isArray(t?.changes) &&
    Array.isArray(t?.edges) &&
    Array.isArray(t?.sides) &&
    t.sides.every((s) => SIDES.includes(s)) &&
    t.initial.length === t.places.length &&
    t.changes.every((c) => Array.isArray(c) && typeof c[0] === 'number' && isString(c[1]) && typeof c[2] === 'number');
  if (!ok) throw new Error('data/control-timeline.json: not a control timeline');
  return raw as unknown as ControlTimeline;
}

/** What the first view needs: who held each cell on each day, and the M4 corridor. */
export async function loadFirstView(): Promise<FirstView> {
  const [timeline, corridor] = await Promise.all([fetchJson('control-timeline.json'), fetchJson('m4-corridor.geojson')]);
  const setAside: SetAside[] = [];
  const corridorList = features<Feature<Polygon | MultiPolygon, { from: string }>>(
    'm4-corridor.geojson',
    corridor,
    (p, g) => (isString(p['from']) && (g?.type === 'Polygon' || g?.type === 'MultiPolygon') ? null : 'no start day or not a polygon'),
    setAside,
  );
  return { timeline: checkTimeline(timeline), corridor: { type: 'FeatureCollection', features: corridorList } };
}

export async function loadData(): Promise<AppData> {
  const raws = await Promise.all(DATA_FILES.map(fetchJson));
  const [places, highways, regions, posts, facts, events, articles, excerpts] = raws;
  const setAside: SetAside[] = [];

  const placeList = features<PlaceFeature>('places.geojson', places, pointWith('id', 'name', 'kind'), setAside);
  if (!isRecord(facts) || !Array.isArray(facts['settlements'])) throw new Error('data/control-facts.json: no settlements');
  const controlFacts = facts as unknown as ControlFacts;
  if (!Array.isArray(articles)) throw new Error('data/articles.json: not a list');
  const articleList = (articles as Article[]).filter((a, i) => {
    const ok = isRecord(a) && isString(a.id) && isString(a.text) && isString(a.title);
    if (!ok) setAside.push({ file: 'articles.json', item: `article ${i}`, reason: 'missing id, title or text' });
    return ok;
  });
  if (!isRecord(excerpts)) throw new Error('data/excerpts.json: not an object');

  const regionList = features<RegionFeature>('regions.geojson', regions, needs('id', 'kind'), setAside);
  const selectable = [...placeList, ...regionList.filter((r) => r.properties.kind === 'region').map(regionAsPlace)];

  return {
    places: placeList,
    placesById: new Map(selectable.map((f) => [f.properties.id, f])),
    highways: features<HighwayFeature>('highways.geojson', highways, needs('id', 'ref'), setAside),
    regions: regionList,
    posts: features<ObservationPostFeature>('observation-posts.geojson', posts, pointWith('id', 'name', 'established'), setAside),
    controlFacts,
    factsByPlace: new Map(controlFacts.settlements.map((s) => [s.place, s])),
    // An event without a precise place has no geometry: it is listed with its day, not drawn.
    events: features<EventFeature>('events.geojson', events, (p, g) => (g === null ? needs('id', 'date', 'type', 'title')(p, g) : pointWith('id', 'date', 'type', 'title')(p, g)), setAside, true),
    articles: articleList,
    articlesById: new Map(articleList.map((a) => [a.id, a])),
    excerpts: excerpts as ExcerptIndex,
    setAside,
  };
}
