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
import { fetchJson, FileLoadError } from './fetch-json.ts';
import { shortenNames } from './shorten-names.ts';

export { dataUrl } from './fetch-json.ts';

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
  /** Files that could not be loaded (their part of the app is empty), each with the reason. */
  failed: FileLoadError[];
}


const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Check = (props: Record<string, unknown>, geometry: Geometry | null) => string | null;

function features<F>(file: string, raw: unknown, check: Check, setAside: SetAside[], { nullGeometry = false } = {}): F[] {
  if (!isRecord(raw) || raw['type'] !== 'FeatureCollection' || !Array.isArray(raw['features'])) {
    throw new Error('not a GeoJSON FeatureCollection');
  }
  const out: F[] = [];
  (raw as unknown as FeatureCollection).features.forEach((f, i) => {
    const props = isRecord(f.properties) ? f.properties : {};
    const reason = f.geometry || nullGeometry ? check(props, f.geometry) : 'no geometry';
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

const pointOrNullWith =
  (...keys: string[]): Check =>
  (p, g) =>
    g === null ? needs(...keys)(p, g) : pointWith(...keys)(p, g);

export interface FirstView {
  timeline: ControlTimeline;
  corridor: FeatureCollection<Polygon | MultiPolygon, { from: string }>;
  /** First-view files that could not be loaded: their layer draws nothing. */
  failed: FileLoadError[];
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
  if (!ok) throw new Error('not a control timeline');
  return raw as unknown as ControlTimeline;
}

const EMPTY_TIMELINE: ControlTimeline = { start: '', end: '', sides: SIDES, places: [], initial: [], changes: [], edges: [] };

export const FIRST_VIEW_FILES = ['control-timeline.json', 'm4-corridor.geojson'] as const;
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
export type DataFile = (typeof DATA_FILES)[number] | (typeof FIRST_VIEW_FILES)[number];

/** Raw bodies of the files loaded so far: a retry fetches only what is not here. */
export type FileCache = Map<DataFile, unknown>;

/**
 * Fetches each named file on its own; one that fails (HTTP error, no answer in time, cut off)
 * is named in `failed` and the others still load. Returns a reader that checks a cached body
 * and, for a body of the wrong shape, counts the file as failed and gives the empty value.
 */
async function fetchEach(names: readonly DataFile[], cache: FileCache, onPending: (names: string[]) => void) {
  const failed: FileLoadError[] = [];
  const pending = new Set<string>(names.filter((name) => !cache.has(name)));
  onPending([...pending]);
  await Promise.all(
    [...pending].map((name) =>
      fetchJson(name)
        .then(
          (raw) => cache.set(name as DataFile, raw),
          (err: unknown) => failed.push(err instanceof FileLoadError ? err : new FileLoadError(name, String(err))),
        )
        .finally(() => {
          pending.delete(name);
          onPending([...pending]);
        }),
    ),
  );
  const read = <T>(name: DataFile, check: (raw: unknown) => T, empty: T): T => {
    if (!cache.has(name)) return empty;
    try {
      return check(cache.get(name));
    } catch (err) {
      cache.delete(name);
      failed.push(new FileLoadError(name, err instanceof Error ? err.message : String(err)));
      return empty;
    }
  };
  return { failed, read };
}

/** What the first view needs: who held each cell on each day, and the M4 corridor. */
export async function loadFirstView(cache: FileCache = new Map(), onPending: (names: string[]) => void = () => {}): Promise<FirstView> {
  const { failed, read } = await fetchEach(FIRST_VIEW_FILES, cache, onPending);
  const setAside: SetAside[] = [];
  const corridorList = read(
    'm4-corridor.geojson',
    (raw) =>
      features<Feature<Polygon | MultiPolygon, { from: string }>>(
        'm4-corridor.geojson',
        raw,
        (p, g) => (isString(p['from']) && (g?.type === 'Polygon' || g?.type === 'MultiPolygon') ? null : 'no start day or not a polygon'),
        setAside,
      ),
    [],
  );
  return { timeline: read('control-timeline.json', checkTimeline, EMPTY_TIMELINE), corridor: { type: 'FeatureCollection', features: corridorList }, failed };
}

/**
 * Loads everything else, each file on its own: one that fails leaves its part of the app empty
 * and is named in `failed`; the rest still draw.
 */
export async function loadData(cache: FileCache = new Map(), onPending: (names: string[]) => void = () => {}): Promise<AppData> {
  const { failed, read } = await fetchEach(DATA_FILES, cache, onPending);
  const setAside: SetAside[] = [];

  const placeList = read('places.geojson', (raw) => shortenNames(features<PlaceFeature>('places.geojson', raw, pointWith('id', 'name', 'kind'), setAside), setAside, 'places.geojson'), []);
  const controlFacts = read(
    'control-facts.json',
    (raw) => {
      if (!isRecord(raw) || !Array.isArray(raw['settlements'])) throw new Error('no settlements');
      return raw as unknown as ControlFacts;
    },
    { start: '', end: '', settlements: [] } as ControlFacts,
  );
  const articleList = read(
    'articles.json',
    (raw) => {
      if (!Array.isArray(raw)) throw new Error('not a list');
      return (raw as Article[]).filter((a, i) => {
        const ok = isRecord(a) && isString(a.id) && isString(a.text) && isString(a.title);
        if (!ok) setAside.push({ file: 'articles.json', item: `article ${i}`, reason: 'missing id, title or text' });
        return ok;
      });
    },
    [],
  );
  const excerpts = read(
    'excerpts.json',
    (raw) => {
      if (!isRecord(raw)) throw new Error('not an object');
      return raw as unknown as ExcerptIndex;
    },
    {} as ExcerptIndex,
  );
  const regionList = read('regions.geojson', (raw) => shortenNames(features<RegionFeature>('regions.geojson', raw, needs('id', 'kind'), setAside), setAside, 'regions.geojson'), []);
  const selectable = [...placeList, ...regionList.filter((r) => r.properties.kind === 'region').map(regionAsPlace)];

  return {
    places: placeList,
    placesById: new Map(selectable.map((f) => [f.properties.id, f])),
    highways: read('highways.geojson', (raw) => features<HighwayFeature>('highways.geojson', raw, needs('id', 'ref'), setAside), []),
    regions: regionList,
    posts: read('observation-posts.geojson', (raw) => features<ObservationPostFeature>('observation-posts.geojson', raw, pointWith('id', 'name', 'established'), setAside), []),
    controlFacts,
    factsByPlace: new Map(controlFacts.settlements.map((s) => [s.place, s])),
    // An event placed nowhere more precise than the province has geometry null: kept for the lists.
    events: read('events.geojson', (raw) => features<EventFeature>('events.geojson', raw, pointOrNullWith('id', 'date', 'type', 'title'), setAside, { nullGeometry: true }), []),
    articles: articleList,
    articlesById: new Map(articleList.map((a) => [a.id, a])),
    excerpts,
    setAside,
    failed,
  };
}
