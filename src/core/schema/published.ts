// One schema per published file in dist/data. The app checks what it loads with these, the build
// publishes them as JSON Schema (dist/data/schema/), and src/core/types.ts infers its types from them.
import * as v from 'valibot';
import { collection, feature, id, isoDay, note, publishedGeometry, side, sources, text } from './common.ts';
import {
  articleIndexEntry,
  controlFacts,
  eventProps,
  highwayProps,
  observationPostProps,
  placeEntries,
  REGION_KINDS,
  regionEntries,
  roadProps,
  waterProps,
} from './geo-files.ts';
import { LIMITS } from './limits.ts';

const { point, lineString, multiLineString, polygon, multiPolygon, area } = publishedGeometry;

/** places.geojson: places.geojson and settlements.geojson of geo/, each marked with its layer. */
export const publishedPlaceProps = v.strictObject({
  ...placeEntries,
  scope: v.picklist(['theatre', 'wider'], 'must be one of theatre, wider'),
  /** which hand-authored file the feature came from: named places or control-model settlements */
  layer: v.picklist(['place', 'settlement'], 'must be one of place, settlement'),
});
export const placeFeature = feature(point, publishedPlaceProps);

export const highwayFeature = feature(lineString, highwayProps);
export const roadFeature = feature(lineString, roadProps);

export const publishedRegionProps = v.strictObject({
  ...regionEntries,
  kind: v.picklist(REGION_KINDS, `must be one of ${REGION_KINDS.join(', ')}`),
});
export const regionFeature = feature(area, publishedRegionProps);

export const observationPostFeature = feature(point, observationPostProps);

/** One side's area over one interval of days: `from` inclusive, `to` exclusive (null = to the end). */
export const controlAreaProps = v.strictObject({ side, from: isoDay, to: v.nullable(isoDay) });
export const controlAreaFeature = feature(area, controlAreaProps);

const km = v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'));

/** The Voronoi cell of one control-model settlement (with its area in km², where published). */
export const controlCellFeature = feature(area, v.strictObject({ place: id, area_km2: v.optional(km) }));

/** front.geojson: the front line between two sides over one interval of days. */
export const frontProps = v.strictObject({
  from: isoDay,
  to: v.nullable(isoDay),
  sides: v.pipe(v.array(side), v.length(2, 'must name two sides')),
  length_km: km,
});
export const frontFeature = feature(v.variant('type', [lineString, multiLineString]), frontProps);

export const corridorProps = v.strictObject({
  id,
  name: text(LIMITS.name),
  from: isoDay,
  half_width_km: v.pipe(v.number(), v.minValue(0)),
  sources,
  note: note(),
});
export const corridorFeature = feature(area, corridorProps);

export const eventFeature = feature(v.nullable(point), eventProps);

const offset = v.pipe(
  v.number('must be a character offset'),
  v.integer('must be a character offset'),
  v.minValue(0, 'must be a character offset'),
);
const span = v.strictTuple([offset, offset], 'must be a [start, end) pair of offsets');
export const mention = v.strictObject({
  place: id,
  /** offsets of the name in the article's text: [start, end) */
  start: offset,
  end: offset,
  sentence: offset,
});
const { id: articleId, title, title_written_here, publisher, date, date_inferred, url } = articleIndexEntry.entries;
/** One report of articles.json: its text unchanged, its reporting sentences and every linked name. */
export const article = v.strictObject({
  id: articleId,
  title,
  title_written_here,
  publisher,
  date,
  date_inferred,
  url,
  text: v.pipe(v.string('must be text'), v.maxLength(LIMITS.articleBytes, `must be at most ${LIMITS.articleBytes} characters`)),
  sentences: v.array(span, 'must be a list of [start, end) spans'),
  mentions: v.array(mention, 'must be a list of mentions'),
});
export const articlesFile = v.pipe(v.array(article), v.maxLength(LIMITS.articles));

export const excerpt = v.strictObject({
  article: articleId,
  /** index of the sentence within the article (0-based, after page furniture is left out) */
  sentence: offset,
  /** verbatim substring of the article's text */
  text: v.string('must be text'),
  /** where the matched name sits within `text`: [start, end) */
  match: span,
});
/** excerpts.json: for each place or region id, the sentences that name it. */
export const excerptsFile = v.record(id, v.array(excerpt, 'must be a list of excerpts'));

/** control-edges.geojson: the line two neighbouring cells share; its feature id indexes the timeline's edges. */
export const controlEdgeFeature = feature(v.variant('type', [lineString, multiLineString]), v.strictObject({ a: id, b: id }));

const index = v.pipe(v.number('must be an index'), v.integer('must be an index'), v.minValue(0, 'must be an index'));
/** control-timeline.json: who held each cell on each day, compactly (see src/core/control-timeline.ts). */
export const controlTimeline = v.strictObject({
  start: isoDay,
  end: isoDay,
  sides: v.array(side),
  places: v.array(id),
  initial: v.array(index),
  changes: v.array(v.strictTuple([index, isoDay, index, v.picklist([0, 1])], 'must be [place index, date, side index, 0 or 1]')),
  edges: v.array(v.strictTuple([index, index], 'must be [cell index, cell index]')),
});

export const BASEMAP_KINDS = ['land', 'border', 'coast', 'country-label', 'river', 'intermittent', 'canal', 'lake', 'road'] as const;
export const basemapProps = v.strictObject({
  kind: v.picklist(BASEMAP_KINDS),
  name: v.optional(v.string()),
  /** 'detail' = 1:10m, cut to the region; 'wide' = 1:50m, for the overview; 'wide-outside' = 1:50m land beyond the cut-out */
  scale: v.picklist(['detail', 'wide', 'wide-outside']),
});
export const basemapFeature = feature(v.variant('type', [point, lineString, multiLineString, polygon, multiPolygon]), basemapProps);

export { controlFacts };

/**
 * Every published file that has a schema, by file name. Files other helpers publish (territory.csv,
 * front.geojson, control-edges.geojson) get their entry here when their shape is settled.
 */
export const PUBLISHED_SCHEMAS = {
  'places.geojson': collection(placeFeature),
  'highways.geojson': collection(highwayFeature),
  'roads.geojson': collection(roadFeature),
  'rivers.geojson': collection(feature(v.variant('type', [lineString, polygon]), waterProps)),
  'regions.geojson': collection(regionFeature),
  'observation-posts.geojson': collection(observationPostFeature),
  'control.geojson': collection(controlAreaFeature),
  'control-cells.geojson': collection(controlCellFeature),
  'control-facts.json': controlFacts,
  'm4-corridor.geojson': collection(corridorFeature),
  'events.geojson': collection(eventFeature),
  'articles.json': articlesFile,
  'excerpts.json': excerptsFile,
  'basemap.geojson': collection(basemapFeature),
  'front.geojson': collection(frontFeature),
  'control-edges.geojson': collection(controlEdgeFeature),
  'control-timeline.json': controlTimeline,
  // territory.csv is not JSON: its columns are described in the README.
} as const;

/** Hand-authored files in geo/, by path, for the published JSON Schema of the source format. */
export { articleIndexFile } from './geo-files.ts';
