// Types of the published files in dist/data. The build (geo/build) writes them and the app
// reads them, so both import from here.
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

export const SIDES = ['government', 'opposition', 'turkish_backed', 'sdf'] as const;
export type Side = (typeof SIDES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Source {
  title: string;
  url?: string;
  note?: string;
}

export const PLACE_KINDS = ['city', 'town', 'village', 'hill', 'base', 'capital', 'island', 'province'] as const;
/** Kinds a selectable place can have in the app: regions are selectable too. */
export type PlaceKind = (typeof PLACE_KINDS)[number] | 'region';

export interface PlaceProps {
  id: string;
  name: string;
  name_ar: string | null;
  aliases: string[];
  kind: PlaceKind;
  scope: 'theatre' | 'wider';
  precision_m: number;
  sources: Source[];
  note: string;
  /** Which hand-authored file the feature came from: named places or control-model settlements. */
  layer: 'place' | 'settlement';
}
export type PlaceFeature = Feature<Point, PlaceProps>;
export type PlaceCollection = FeatureCollection<Point, PlaceProps>;

export interface HighwayProps {
  id: string;
  ref: 'M4' | 'M5';
  name: string;
  serves: string[];
  precision_m: number;
  sources: Source[];
  note: string;
}
export type HighwayFeature = Feature<LineString, HighwayProps>;

export interface RegionProps {
  id: string;
  name: string;
  name_ar: string | null;
  aliases: string[];
  kind: 'region' | 'study-area' | 'm4-corridor';
  precision_m: number;
  sources: Source[];
  note: string;
}
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

export interface ObservationPostProps {
  id: string;
  number: number;
  name: string;
  name_ar: string | null;
  aliases: string[];
  host: string | null;
  established: string;
  surrounded: string | null;
  precision_m: number;
  sources: Source[];
  note: string;
}
export type ObservationPostFeature = Feature<Point, ObservationPostProps>;

/** One side's area over one interval of days: `from` inclusive, `to` exclusive (null = to the end). */
export interface ControlAreaProps {
  side: Side;
  from: string;
  to: string | null;
}
export type ControlAreaFeature = Feature<Polygon | MultiPolygon, ControlAreaProps>;

export interface ControlChange {
  date: string;
  side: Side;
  confidence: Confidence;
  sources: Source[];
  alt_date?: string;
  note?: string;
}
export interface SettlementControl {
  place: string;
  initial: Side;
  initial_sources: Source[];
  changes: ControlChange[];
}
export interface ControlFacts {
  start: string;
  end: string;
  settlements: SettlementControl[];
}

export const EVENT_TYPES = ['airstrike', 'clash', 'capture', 'casualties', 'diplomacy', 'displacement'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export interface EventProps {
  id: string;
  date: string;
  type: EventType;
  title: string;
  place: string | null;
  precision_m: number;
  claims: { by: string; claim: string }[];
  excerpts: { article: string; quote: string }[];
  sources: Source[];
  note: string;
}
/** `geometry` is null when the reports place the event nowhere more precise than the province. */
export type EventFeature = Feature<Point | null, EventProps>;

export interface ArticleIndexEntry {
  id: string;
  file: string;
  title: string;
  title_written_here: boolean;
  publisher: string;
  date: string;
  date_inferred: boolean;
  date_basis: string;
  url: string | null;
}
export interface Mention {
  place: string;
  /** Offsets of the name in the article's text: [start, end). */
  start: number;
  end: number;
  sentence: number;
}
export interface Article {
  id: string;
  title: string;
  title_written_here: boolean;
  publisher: string;
  date: string;
  date_inferred: boolean;
  url: string | null;
  text: string;
  /** Published only: the reporting sentences (page furniture left out) as [start, end) offsets. */
  sentences?: [number, number][];
  /** Published only: every linked place name in the text. */
  mentions?: Mention[];
}
export interface Excerpt {
  article: string;
  /** Index of the sentence within the article (0-based, after furniture is left out). */
  sentence: number;
  /** Verbatim substring of the article's text. */
  text: string;
  /** Where the matched name sits within `text`: [start, end). */
  match: [number, number];
}
export type ExcerptIndex = Record<string, Excerpt[]>;

/** Lines and fills of the embedded basemap (Natural Earth via world-atlas). */
export interface BasemapProps {
  kind: 'land' | 'border' | 'coast' | 'country-label';
  name?: string;
  /** 'detail' = 1:10m, cut to the region; 'wide' = 1:50m, for the overview; 'wide-outside' = 1:50m land beyond the cut-out. */
  scale: 'detail' | 'wide' | 'wide-outside';
}

export type { FeatureCollection, Feature, Point, Polygon, MultiPolygon, LineString };
