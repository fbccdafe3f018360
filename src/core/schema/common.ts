// Building blocks shared by every schema: names, ids, days, sources, sides, positions and the
// GeoJSON geometries the project uses. Messages are written for whoever edits geo/: the build
// prints them as `file: feature: property "x" <message>`.
import * as v from 'valibot';
import { LIMITS } from './limits.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A non-empty, non-blank string of at most `max` characters. */
export const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.check((s) => s.trim() !== '', 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** Free text that may be null (notes): at most `max` characters. */
export const note = (max: number = LIMITS.note) =>
  v.nullable(v.pipe(v.string('must be text or null'), v.maxLength(max, `must be at most ${max} characters`)));

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = v.pipe(
  v.string('must be a string'),
  v.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
  v.regex(KEBAB_ID, 'must be lowercase ASCII kebab-case (like "maarat-al-numan")'),
);

export const isoDay = v.pipe(
  v.string('must be an ISO day YYYY-MM-DD'),
  v.regex(ISO_DAY, 'must be an ISO day YYYY-MM-DD'),
  v.isoDate('must be an ISO day YYYY-MM-DD'),
  v.check(isCalendarDay, 'must be a real calendar day'),
);

export const httpUrl = v.pipe(
  v.string('must be an http(s) URL'),
  v.maxLength(LIMITS.url, `must be at most ${LIMITS.url} characters`),
  v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
);

export const list = <T extends v.GenericSchema>(item: T, max: number, { nonEmpty = false } = {}) =>
  v.pipe(
    v.array(item, 'must be a list'),
    v.minLength(nonEmpty ? 1 : 0, 'must not be empty'),
    v.maxLength(max, `must hold at most ${max} items`),
  );

export const SIDES = ['government', 'opposition', 'turkish_backed', 'sdf'] as const;
export const side = v.picklist(SIDES, `must be one of ${SIDES.join(', ')}`);

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const confidence = v.picklist(CONFIDENCES, `must be one of ${CONFIDENCES.join(', ')}`);

/** Where a coordinate, date or claim came from. */
export const source = v.strictObject({
  title: text(LIMITS.title),
  url: v.optional(v.nullable(httpUrl)),
  note: v.optional(note()),
});
export const sources = list(source, LIMITS.sources, { nonEmpty: true });

const decimals = (n: number) => {
  const s = String(n);
  if (s.includes('e')) return 99;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

/** RFC 7946 position [lon, lat] (no altitude in this project), with at most 6 decimals. */
export const position = v.pipe(
  v.strictTuple(
    [
      v.pipe(
        v.number('longitude must be a number'),
        v.minValue(-180, 'longitude must be from -180 to 180'),
        v.maxValue(180, 'longitude must be from -180 to 180'),
      ),
      v.pipe(
        v.number('latitude must be a number'),
        v.minValue(-90, 'latitude must be from -90 to 90'),
        v.maxValue(90, 'latitude must be from -90 to 90'),
      ),
    ],
    'must be a [lon, lat] pair of numbers',
  ),
  v.check((p) => p.length === 2, 'must be a [lon, lat] pair of numbers'),
  v.check(
    (p) => p.every((n) => decimals(n) <= LIMITS.decimals),
    (issue) => `${JSON.stringify(issue.input)} has more than ${LIMITS.decimals} decimals`,
  ),
);

/** A position as published: derived geometry (clipped, buffered) is not held to the source's decimals. */
export const anyPosition = v.pipe(
  v.array(v.number('must be a number'), 'must be a [lon, lat] pair of numbers'),
  v.minLength(2, 'must be a [lon, lat] pair of numbers'),
  v.maxLength(3, 'must be a [lon, lat] pair of numbers'),
  v.check((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90, 'must lie within [-180, 180] x [-90, 90]'),
);

/** The GeoJSON geometries the project uses, over one kind of position. */
export function geometries<P extends v.GenericSchema>(pos: P) {
  const positions = v.array(pos, 'must be a list of positions');
  const ring = v.pipe(positions, v.minLength(4, 'a ring needs at least 4 positions'));
  const polygonCoordinates = v.pipe(v.array(ring, 'must be a list of rings'), v.minLength(1, 'a polygon needs an outer ring'));
  const lineCoordinates = v.pipe(positions, v.minLength(2, 'a line needs at least 2 positions'));
  const point = v.strictObject({ type: v.literal('Point'), coordinates: pos }, 'must be a Point geometry');
  const lineString = v.strictObject({ type: v.literal('LineString'), coordinates: lineCoordinates }, 'must be a LineString geometry');
  const multiLineString = v.strictObject(
    { type: v.literal('MultiLineString'), coordinates: v.array(lineCoordinates, 'must be a list of lines') },
    'must be a MultiLineString geometry',
  );
  const polygon = v.strictObject({ type: v.literal('Polygon'), coordinates: polygonCoordinates }, 'must be a Polygon geometry');
  const multiPolygon = v.strictObject(
    {
      type: v.literal('MultiPolygon'),
      coordinates: v.pipe(v.array(polygonCoordinates, 'must be a list of polygons'), v.minLength(1, 'must hold a polygon')),
    },
    'must be a MultiPolygon geometry',
  );
  const area = v.variant('type', [polygon, multiPolygon], 'must be a Polygon or MultiPolygon');
  return { point, lineString, multiLineString, polygon, multiPolygon, area };
}

/** Geometry as written in geo/: [lon, lat] with at most 6 decimals. */
export const sourceGeometry = geometries(position);
/** Geometry as published. */
export const publishedGeometry = geometries(anyPosition);

/** A GeoJSON Feature whose geometry and properties follow the given schemas. */
export const feature = <G extends v.GenericSchema, P extends v.GenericSchema>(geometry: G, properties: P) =>
  v.object(
    {
      type: v.literal('Feature', 'must be "Feature"'),
      geometry,
      properties,
    },
    'must be a GeoJSON Feature object',
  );

/** The envelope of a FeatureCollection; features are checked one by one so each problem names its feature. */
export const collectionEnvelope = v.object(
  {
    type: v.literal('FeatureCollection', 'must be "FeatureCollection"'),
    features: v.pipe(v.array(v.unknown(), 'must be a list'), v.maxLength(LIMITS.features, `must hold at most ${LIMITS.features} features`)),
  },
  'must be a GeoJSON FeatureCollection',
);

/** A whole FeatureCollection of one kind of feature (for the published JSON Schema). */
export const collection = <F extends v.GenericSchema>(f: F) =>
  v.object({
    type: v.literal('FeatureCollection'),
    features: v.pipe(v.array(f), v.maxLength(LIMITS.features)),
  });
