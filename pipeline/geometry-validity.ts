// Geometry validity beyond RFC 7946 structure (which the GeoJSON validator checks): a line or ring
// that crosses itself, a ring that winds the wrong way, a line whose points all coincide.
import { booleanClockwise, kinks } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

const at = (p: Position) => `[${p[0]}, ${p[1]}]`;

function crossings(geometry: LineString | Polygon | MultiPolygon | MultiLineString): string[] {
  const found = kinks({ type: 'Feature', properties: {}, geometry }).features;
  return found.slice(0, 3).map((k) => `geometry crosses itself at ${at(k.geometry.coordinates.map((n) => Math.round(n * 1e6) / 1e6))}`);
}

function ringWinding(rings: Position[][], polygon: string): string[] {
  return rings.flatMap((ring, i) => {
    if (ring.length < 4) return [];
    const clockwise = booleanClockwise(ring);
    // RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise.
    if (i === 0 && clockwise) return [`${polygon}outer ring winds clockwise (RFC 7946 wants counterclockwise)`];
    if (i > 0 && !clockwise) return [`${polygon}hole ${i} winds counterclockwise (RFC 7946 wants clockwise)`];
    return [];
  });
}

/** Problems with a geometry that already has the right structure. */
export function geometryProblems(geometry: Point | LineString | Polygon | MultiPolygon | null): string[] {
  if (geometry === null || geometry.type === 'Point') return [];
  if (geometry.type === 'LineString') {
    const distinct = new Set(geometry.coordinates.map((p) => `${p[0]},${p[1]}`));
    if (distinct.size < 2) return ['geometry: a line needs at least 2 distinct positions'];
    return crossings(geometry);
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const winding = polygons.flatMap((rings, i) => ringWinding(rings, polygons.length > 1 ? `polygon ${i + 1}: ` : ''));
  const flat = polygons.flatMap((rings) => rings.map((ring) => new Set(ring.slice(1).map((p) => `${p[0]},${p[1]}`)).size));
  if (flat.some((n) => n < 3)) return ['geometry: a ring needs at least 3 distinct positions', ...winding];
  return [...crossings(geometry), ...winding];
}
