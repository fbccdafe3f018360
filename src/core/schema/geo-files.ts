// One schema per kind of hand-authored data in geo/. The build validates every file with these,
// and the published files' schemas (published.ts) extend them, so a property is described once.
import * as v from 'valibot';
import { confidence, feature, id, isoDay, httpUrl, list, note, position, side, sourceGeometry, sources, text } from './common.ts';

const { point: pointGeometry, lineString: lineStringGeometry, area: areaGeometry } = sourceGeometry;
import { LIMITS } from './limits.ts';
import { FIRST_DAY, LAST_DAY } from '../period.ts';

export const PLACE_KINDS = ['city', 'town', 'village', 'hill', 'base', 'capital', 'island', 'province'] as const;
export const EVENT_TYPES = ['airstrike', 'clash', 'capture', 'casualties', 'diplomacy', 'displacement'] as const;
export const REGION_KINDS = ['region', 'study-area'] as const;
export const HIGHWAY_REFS = ['M4', 'M5'] as const;

/** Honest estimate, in metres, of how far the coordinate may be from the real thing. */
export const precision = v.pipe(
  v.number('must be a positive number of metres'),
  v.finite('must be a positive number of metres'),
  v.minValue(1, 'must be a positive number of metres'),
  v.maxValue(500_000, 'must be at most 500000 metres'),
);
const name = text(LIMITS.name);
const aliases = list(name, LIMITS.aliases);
const idList = (max: number) => list(id, max);

/** A second, independent source for a coordinate, and how far it lies from the one used. */
export const secondSource = v.strictObject({
  title: text(LIMITS.title),
  url: v.nullable(httpUrl),
  coordinates: position,
  distance_m: v.pipe(v.number('must be a number of metres'), v.finite(), v.minValue(0, 'must not be negative')),
  /** How far the second source's own point may be off: set for a point worked out from a written
   * distance and bearing ("15 km south-east of X"), which is only as good as those words. */
  precision_m: v.optional(precision),
});

export const placeEntries = {
  id,
  name,
  /** null where the Arabic name is not known */
  name_ar: v.nullable(name),
  aliases,
  kind: v.picklist(PLACE_KINDS, `must be one of ${PLACE_KINDS.join(', ')}`),
  precision_m: precision,
  sources,
  note: note(),
  /** null when no second source was found (the reason is in `note`) */
  second_source: v.optional(v.nullable(secondSource)),
};

/** places.geojson: named places, in the theatre or far away (Ankara, Moscow). */
export const placeProps = v.strictObject({ ...placeEntries, scope: v.picklist(['theatre', 'wider'], 'must be one of theatre, wider') });
export const placeSourceFeature = feature(pointGeometry, placeProps);

/** settlements.geojson: further settlements of the control model, always in the theatre. */
export const settlementProps = v.strictObject({ ...placeEntries, scope: v.picklist(['theatre'], 'must be theatre') });
export const settlementSourceFeature = feature(pointGeometry, settlementProps);

/** highways.geojson: the M4 and M5 as LineStrings. */
export const highwayProps = v.strictObject({
  id,
  ref: v.picklist(HIGHWAY_REFS, `must be one of ${HIGHWAY_REFS.join(', ')}`),
  name,
  serves: idList(LIMITS.serves),
  precision_m: precision,
  sources,
  note: v.optional(note()),
});
export const highwaySourceFeature = feature(lineStringGeometry, highwayProps);

/** roads.geojson: further main roads (LineString). */
export const roadProps = v.strictObject({
  id,
  name,
  /** the short name drawn along the line (the full name rarely fits between place labels) */
  label: v.optional(text(18)),
  ref: v.nullable(text(LIMITS.name)),
  serves: idList(LIMITS.serves),
  precision_m: precision,
  sources,
  note: note(),
});
export const roadSourceFeature = feature(lineStringGeometry, roadProps);

/** regions.geojson: named regions and the study area (Polygon or MultiPolygon). */
export const regionEntries = {
  id,
  name,
  name_ar: v.nullable(name),
  aliases,
  precision_m: precision,
  sources,
  note: note(),
};
export const regionProps = v.strictObject({
  ...regionEntries,
  kind: v.picklist(REGION_KINDS, `must be one of ${REGION_KINDS.join(', ')}`),
});
export const regionSourceFeature = feature(areaGeometry, regionProps);

/** observation-posts.geojson: the twelve Turkish observation posts. */
export const observationPostProps = v.strictObject({
  id,
  number: v.pipe(
    v.number('must be a whole number from 1 to 12'),
    v.integer('must be a whole number from 1 to 12'),
    v.minValue(1, 'must be a whole number from 1 to 12'),
    v.maxValue(12, 'must be a whole number from 1 to 12'),
  ),
  name,
  name_ar: v.nullable(name),
  aliases,
  host: v.nullable(id),
  established: isoDay,
  surrounded: v.nullable(isoDay),
  precision_m: precision,
  sources,
  note: note(),
});
export const observationPostSourceFeature = feature(pointGeometry, observationPostProps);

export const claim = v.strictObject({ by: text(LIMITS.title), claim: text(LIMITS.note) });
export const excerptRef = v.strictObject({
  article: v.pipe(v.string('must be an article id'), v.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`)),
  quote: v.pipe(
    v.string('must be text'),
    v.minLength(LIMITS.quoteMin, `must be at least ${LIMITS.quoteMin} characters (a clause or a sentence of the report)`),
    v.maxLength(LIMITS.quoteMax, `must be at most ${LIMITS.quoteMax} characters`),
  ),
});

/** events.geojson: dated events; geometry null where reports place it nowhere precise. */
export const eventProps = v.strictObject({
  id,
  date: isoDay,
  type: v.picklist(EVENT_TYPES, `must be one of ${EVENT_TYPES.join(', ')}`),
  title: text(LIMITS.title),
  place: v.nullable(id),
  /** null only for an event without geometry */
  precision_m: v.nullable(precision),
  claims: list(claim, LIMITS.claims),
  excerpts: list(excerptRef, LIMITS.excerpts, { nonEmpty: true }),
  sources,
  note: note(),
});
export const eventSourceFeature = feature(v.nullable(pointGeometry), eventProps);

/** control/facts.json: one settlement's side on the start day and every dated change after it. */
export const controlChange = v.strictObject({
  date: isoDay,
  side,
  confidence,
  sources,
  alt_date: v.optional(isoDay),
  note: v.optional(note()),
  /** the sources that contradict this change */
  disputed: v.optional(v.strictObject({ note: text(LIMITS.note), sources })),
});
export const settlementControl = v.strictObject({
  place: id,
  initial: side,
  initial_sources: sources,
  changes: list(controlChange, LIMITS.changes),
});
/** The period is defined once (src/core/period.ts); the data must state the same days. */
const periodBound = <T extends string>(day: T, which: 'first' | 'last') =>
  v.literal(day, `must be ${day}, the ${which} day of the period (src/core/period.ts)`);
/** The file's envelope; settlements are checked one by one so each problem names its place. */
export const controlFactsEnvelope = v.strictObject(
  {
    start: periodBound(FIRST_DAY, 'first'),
    end: periodBound(LAST_DAY, 'last'),
    settlements: v.pipe(
      v.array(v.unknown(), 'must be a list'),
      v.maxLength(LIMITS.settlements, `must hold at most ${LIMITS.settlements} settlements`),
    ),
  },
  'must be an object with "start", "end" and "settlements"',
);
export const controlFacts = v.strictObject({
  start: periodBound(FIRST_DAY, 'first'),
  end: periodBound(LAST_DAY, 'last'),
  settlements: v.pipe(v.array(settlementControl), v.maxLength(LIMITS.settlements)),
});

export const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;
/** articles/index.json: one entry per report. */
export const articleIndexEntry = v.strictObject({
  id: v.pipe(
    v.string('must be a string'),
    v.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
    v.regex(ARTICLE_ID, 'must be letters, digits, "_" or "-"'),
  ),
  file: v.pipe(
    v.string('must be a file name'),
    v.maxLength(LIMITS.id + 4),
    v.regex(/^[A-Za-z0-9_-]+\.txt$/, 'must name a .txt file in geo/articles/'),
  ),
  title: text(LIMITS.title),
  title_written_here: v.boolean('must be true or false'),
  publisher: text(LIMITS.title),
  date: isoDay,
  date_inferred: v.boolean('must be true or false'),
  date_basis: text(LIMITS.note),
  url: v.nullable(httpUrl),
});
export const articleIndex = v.pipe(
  v.array(v.unknown(), 'must be a list of article entries'),
  v.maxLength(LIMITS.articles, `must hold at most ${LIMITS.articles} entries`),
);
export const articleIndexFile = v.pipe(v.array(articleIndexEntry), v.maxLength(LIMITS.articles));

export const WATER_KINDS = ['river', 'intermittent', 'canal', 'lake'] as const;
/** rivers.geojson: rivers, canals (LineString) and lakes (Polygon) of the basemap. */
export const waterProps = v.strictObject({
  id,
  kind: v.picklist(WATER_KINDS, `must be one of ${WATER_KINDS.join(', ')}`),
  name: v.nullable(name),
  name_ar: v.nullable(name),
  precision_m: precision,
  sources,
  note: note(),
});
export const waterSourceFeature = feature(
  v.variant('type', [lineStringGeometry, sourceGeometry.polygon], 'must be a LineString or Polygon'),
  waterProps,
);
