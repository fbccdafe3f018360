// Fetches the published files and checks them at the edge: a feature that does not have the shape
// the app relies on is set aside (and listed in the UI), never allowed to break a layer.
// Loading comes in two parts: the first view (who held what on each day, a few KiB besides the
// cells the map fetches itself) so that the areas draw at once, then everything the panels need.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ControlTimeline } from './control-timeline.ts';
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
} from './types.ts';
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

export interface FirstView {
  timeline: ControlTimeline;
  corridor: FeatureCollection<Polygon | MultiPolygon, CorridorProps>;
}

/** What the first view needs: who held each cell on each day, and the M4 corridor. */
export async function loadFirstView(): Promise<FirstView> {
  const [timeline, corridor] = await Promise.all([fetchJson('control-timeline.json'), fetchJson('m4-corridor.geojson')]);
  const setAside: SetAside[] = [];
  const corridorList = checkCorridor(corridor, setAside);
  return { timeline: checkControlTimeline(timeline), corridor: { type: 'FeatureCollection', features: corridorList } };
}

export async function loadData(): Promise<AppData> {
  const raws = await Promise.all(DATA_FILES.map(fetchJson));
  const [places, highways, regions, posts, facts, events, articles, excerpts] = raws;
  const setAside: SetAside[] = [];

  const placeList = checkPlaces(places, setAside);
  const controlFacts = checkControlFacts(facts, setAside);
  const articleList = checkArticles(articles, setAside);
  const regionList = checkRegions(regions, setAside);
  const selectable = [...placeList, ...regionList.filter((r) => r.properties.kind === 'region').map(regionAsPlace)];

  return {
    places: placeList,
    placesById: new Map(selectable.map((f) => [f.properties.id, f])),
    highways: checkHighways(highways, setAside),
    regions: regionList,
    posts: checkPosts(posts, setAside),
    controlFacts,
    factsByPlace: new Map(controlFacts.settlements.map((s) => [s.place, s])),
    events: checkEvents(events, setAside),
    articles: articleList,
    articlesById: new Map(articleList.map((a) => [a.id, a])),
    excerpts: checkExcerpts(excerpts, setAside),
    setAside,
  };
}
