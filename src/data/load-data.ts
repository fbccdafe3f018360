// Fetches the published files and checks them at the edge: a feature that does not have the shape
// the app relies on is set aside (and listed in the UI), never allowed to break a layer.
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  Article,
  ControlAreaFeature,
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
  control: ControlAreaFeature[];
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

export const DATA_FILES = [
  'places.geojson',
  'highways.geojson',
  'regions.geojson',
  'observation-posts.geojson',
  'control.geojson',
  'control-facts.json',
  'events.geojson',
  'articles.json',
  'excerpts.json',
] as const;

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Check = (props: Record<string, unknown>, geometry: Geometry | null) => string | null;

function features<F>(file: string, raw: unknown, check: Check, setAside: SetAside[]): F[] {
  if (!isRecord(raw) || raw['type'] !== 'FeatureCollection' || !Array.isArray(raw['features'])) {
    throw new Error('not a GeoJSON FeatureCollection');
  }
  const out: F[] = [];
  (raw as unknown as FeatureCollection).features.forEach((f, i) => {
    const props = isRecord(f.properties) ? f.properties : {};
    const reason = f.geometry ? check(props, f.geometry) : 'no geometry';
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

export type DataFile = (typeof DATA_FILES)[number];

/**
 * Loads every file on its own: one that fails (HTTP error, no answer in time, cut off, not the
 * expected shape) leaves its part of the app empty and is named in `failed`; the rest still draw.
 * `cache` keeps what already loaded, so a retry fetches only the files that failed.
 */
export async function loadData(cache: Map<DataFile, unknown> = new Map(), onPending: (names: string[]) => void = () => {}): Promise<AppData> {
  const failed: FileLoadError[] = [];
  const pending = new Set<string>(DATA_FILES.filter((name) => !cache.has(name)));
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
  const setAside: SetAside[] = [];
  /** Reads one file with its check; a file of the wrong shape counts as failed and gives `empty`. */
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

  const placeList = read('places.geojson', (raw) => shortenNames(features<PlaceFeature>('places.geojson', raw, pointWith('id', 'name', 'kind'), setAside), setAside, 'places.geojson'), []);
  const controlList = read(
    'control.geojson',
    (raw) => features<ControlAreaFeature>('control.geojson', raw, (p) => (SIDES.includes(p['side'] as never) && isString(p['from']) ? null : 'bad side or from'), setAside),
    [],
  );
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
    control: controlList,
    controlFacts,
    factsByPlace: new Map(controlFacts.settlements.map((s) => [s.place, s])),
    events: read('events.geojson', (raw) => features<EventFeature>('events.geojson', raw, pointWith('id', 'date', 'type', 'title'), setAside), []),
    articles: articleList,
    articlesById: new Map(articleList.map((a) => [a.id, a])),
    excerpts,
    setAside,
    failed,
  };
}
