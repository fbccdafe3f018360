// Fetches the published files and checks them at the edge with the same schemas the build uses
// (check-loaded.ts): a feature that does not have the shape the app relies on is set aside (and
// listed in the UI), never allowed to break a layer. Loading comes in two parts: the first view
// (who held what on each day, a few KiB besides the cells the map fetches itself) so that the
// areas draw at once, then everything the panels need. Each file loads on its own: one that fails
// leaves its part empty and is named, and the rest still draw.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ControlTimeline } from '../core/control-timeline.ts';
import type {
  Article,
  ControlFacts,
  CorridorProps,
  EventFeature,
  ExcerptIndex,
  HighwayFeature,
  ObservationPostFeature,
  PlaceFeature,
  RegionFeature,
} from '../core/types.ts';
import { SIDES } from '../core/types.ts';
import { FIRST_DAY, LAST_DAY } from '../core/period.ts';
import { regionAsPlace } from './region-point.ts';
import {
  checkArticles,
  checkControlFacts,
  checkControlTimeline,
  checkCorridor,
  checkEvents,
  checkExcerpts,
  checkHighways,
  checkPlaces,
  checkPosts,
  checkRegions,
  type SetAside,
} from './check-loaded.ts';
import { fetchJson, FileLoadError } from './fetch-json.ts';
import { shortenNames } from './shorten-names.ts';

export { dataUrl } from './fetch-json.ts';
export type { SetAside };

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

export interface FirstView {
  timeline: ControlTimeline;
  corridor: FeatureCollection<Polygon | MultiPolygon, CorridorProps>;
  /** First-view files that could not be loaded: their layer draws nothing. */
  failed: FileLoadError[];
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
  const corridorList = read('m4-corridor.geojson', (raw) => checkCorridor(raw, setAside), []);
  return {
    timeline: read('control-timeline.json', checkControlTimeline, EMPTY_TIMELINE),
    corridor: { type: 'FeatureCollection', features: corridorList },
    failed,
  };
}

/**
 * Loads everything else, each file on its own: one that fails leaves its part of the app empty
 * and is named in `failed`; the rest still draw.
 */
export async function loadData(cache: FileCache = new Map(), onPending: (names: string[]) => void = () => {}): Promise<AppData> {
  const { failed, read } = await fetchEach(DATA_FILES, cache, onPending);
  const setAside: SetAside[] = [];

  const placeList = read('places.geojson', (raw) => checkPlaces(shortenNames(raw, setAside, 'places.geojson'), setAside), []);
  const controlFacts = read('control-facts.json', (raw) => checkControlFacts(raw, setAside), {
    start: FIRST_DAY,
    end: LAST_DAY,
    settlements: [],
  });
  const articleList = read('articles.json', (raw) => checkArticles(raw, setAside), []);
  const regionList = read('regions.geojson', (raw) => checkRegions(shortenNames(raw, setAside, 'regions.geojson'), setAside), []);
  const selectable = [...placeList, ...regionList.filter((r) => r.properties.kind === 'region').map(regionAsPlace)];

  return {
    places: placeList,
    placesById: new Map(selectable.map((f) => [f.properties.id, f])),
    highways: read('highways.geojson', (raw) => checkHighways(raw, setAside), []),
    regions: regionList,
    posts: read('observation-posts.geojson', (raw) => checkPosts(raw, setAside), []),
    controlFacts,
    factsByPlace: new Map(controlFacts.settlements.map((s) => [s.place, s])),
    // An event placed nowhere more precise than the province has geometry null: kept for the lists.
    events: read('events.geojson', (raw) => checkEvents(raw, setAside), []),
    articles: articleList,
    articlesById: new Map(articleList.map((a) => [a.id, a])),
    excerpts: read('excerpts.json', (raw) => checkExcerpts(raw, setAside), {} as ExcerptIndex),
    setAside,
    failed,
  };
}
