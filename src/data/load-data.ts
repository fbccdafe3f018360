// Fetches the published files and checks them at the edge: a feature that does not have the shape
// the app relies on is set aside (and listed in the UI), never allowed to break a layer.
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
import { regionAsPlace } from './region-point.ts';
import {
  checkArticles,
  checkControl,
  checkControlFacts,
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
  control: ControlAreaFeature[];
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
  'control.geojson',
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

export async function loadData(): Promise<AppData> {
  const raws = await Promise.all(DATA_FILES.map(fetchJson));
  const [places, highways, regions, posts, control, facts, events, articles, excerpts] = raws;
  const setAside: SetAside[] = [];

  const placeList = checkPlaces(places, setAside);
  const controlList = checkControl(control, setAside);
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
    control: controlList,
    controlFacts,
    factsByPlace: new Map(controlFacts.settlements.map((s) => [s.place, s])),
    events: checkEvents(events, setAside),
    articles: articleList,
    articlesById: new Map(articleList.map((a) => [a.id, a])),
    excerpts: checkExcerpts(excerpts, setAside),
    setAside,
  };
}
