// Types of the published files in dist/data, inferred from their schemas (src/core/schema), so a
// type never claims more than the checks enforce. The build writes these files and the app reads
// them. Geometry types are the standard GeoJSON ones; properties come from the schemas.
import type * as v from 'valibot';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type * as published from './schema/published.ts';
import type * as geo from './schema/geo-files.ts';
import type { source } from './schema/common.ts';

export { CONFIDENCES, SIDES } from './schema/common.ts';
export { EVENT_TYPES, PLACE_KINDS } from './schema/geo-files.ts';
import type { CONFIDENCES, SIDES } from './schema/common.ts';
import type { EVENT_TYPES, PLACE_KINDS } from './schema/geo-files.ts';

export type Side = (typeof SIDES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Source = v.InferOutput<typeof source>;

/** Kinds a selectable place can have in the app: regions are selectable too. */
export type PlaceKind = (typeof PLACE_KINDS)[number] | 'region';

type PublishedPlaceProps = v.InferOutput<typeof published.publishedPlaceProps>;
/** A place as the app holds it: a published place, or a region standing in as one (kind "region"). */
export type PlaceProps = Omit<PublishedPlaceProps, 'kind'> & { kind: PlaceKind };
export type PlaceFeature = Feature<Point, PlaceProps>;
export type PlaceCollection = FeatureCollection<Point, PlaceProps>;

export type HighwayProps = v.InferOutput<typeof geo.highwayProps>;
export type HighwayFeature = Feature<LineString, HighwayProps>;

export type RoadProps = v.InferOutput<typeof geo.roadProps>;
export type RoadFeature = Feature<LineString, RoadProps>;

export type RegionProps = v.InferOutput<typeof published.publishedRegionProps>;
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

export type ObservationPostProps = v.InferOutput<typeof geo.observationPostProps>;
export type ObservationPostFeature = Feature<Point, ObservationPostProps>;

/** One side's area over one interval of days: `from` inclusive, `to` exclusive (null = to the end). */
export type ControlAreaProps = v.InferOutput<typeof published.controlAreaProps>;
export type ControlAreaFeature = Feature<Polygon | MultiPolygon, ControlAreaProps>;

export type ControlChange = v.InferOutput<typeof geo.controlChange>;
export type SettlementControl = v.InferOutput<typeof geo.settlementControl>;
export type ControlFacts = v.InferOutput<typeof geo.controlFacts>;

export type EventType = (typeof EVENT_TYPES)[number];
export type EventProps = v.InferOutput<typeof geo.eventProps>;
/** An event: a Point, or no geometry where the reports place it nowhere precise. */
export type EventFeature = Feature<Point | null, EventProps>;

export type ArticleIndexEntry = v.InferOutput<typeof geo.articleIndexEntry>;
export type Mention = v.InferOutput<typeof published.mention>;
/** A report: the index entry and its text; published with its sentence spans and linked names. */
export type Article = Omit<v.InferOutput<typeof published.article>, 'sentences' | 'mentions'> &
  Partial<Pick<v.InferOutput<typeof published.article>, 'sentences' | 'mentions'>>;
export type Excerpt = v.InferOutput<typeof published.excerpt>;
export type ExcerptIndex = Record<string, Excerpt[]>;

export type CorridorProps = v.InferOutput<typeof published.corridorProps>;
export type BasemapProps = v.InferOutput<typeof published.basemapProps>;
/** Rivers, canals and lakes around the front (geo/rivers.geojson, from GSHHG). */
export type WaterProps = v.InferOutput<typeof geo.waterProps>;
/** Where else a coordinate is found, and how far from ours. */
export type SecondSource = v.InferOutput<typeof geo.secondSource>;

export type { FeatureCollection, Feature, Point, Polygon, MultiPolygon, LineString };
