// Derives the control areas: one Voronoi cell per settlement (the land nearer to it than to any
// other), clipped to the study area, then dissolved per side for each interval in which that
// side's set of settlements stays the same.
import { area, featureCollection, intersect, point, union, voronoi } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ControlAreaFeature, ControlFacts } from '../../src/data/types.ts';
import { SIDES } from '../../src/data/types.ts';
import { holdingOn } from '../../src/data/control-history.ts';
import { roundCoordinates } from './geojson-io.ts';

export interface Cell {
  place: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * Voronoi cells in a plane where a degree of longitude is shortened by cos(latitude), so that
 * "nearest" means nearest on the ground (at 36°N a degree of longitude is only 0.81 of one of latitude).
 */
export function voronoiCells(points: { place: string; at: Position }[], studyArea: Feature<Polygon | MultiPolygon>): Cell[] {
  const lats = points.map((p) => p.at[1]!);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const scaled = featureCollection(points.map((p) => point([p.at[0]! * k, p.at[1]!], { place: p.place })));
  const [minX, minY, maxX, maxY] = bboxOf(studyArea);
  const pad = 1;
  const cells = voronoi(scaled, { bbox: [minX * k - pad, minY - pad, maxX * k + pad, maxY + pad] });
  const out: Cell[] = [];
  cells.features.forEach((cell, i) => {
    const place = points[i]!.place;
    if (!cell) throw new Error(`no Voronoi cell for ${place}: does another settlement share its coordinate?`);
    const ring = cell.geometry.coordinates[0]!.map(([x, y]) => [x! / k, y!]);
    const clipped = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }, studyArea]));
    if (clipped) out.push({ place, geometry: roundCoordinates(clipped.geometry, 5) });
  });
  return out;
}

function bboxOf(f: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  const coords = (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2)) as number[][];
  const xs = coords.map((c) => c[0]!);
  const ys = coords.map((c) => c[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The days on which at least one settlement changes side, in order: the bounds of the intervals. */
export function changeDays(facts: ControlFacts): string[] {
  return [...new Set(facts.settlements.flatMap((s) => s.changes.map((c) => c.date)))].sort();
}

export function controlAreas(facts: ControlFacts, cells: Cell[]): ControlAreaFeature[] {
  const cellByPlace = new Map(cells.map((c) => [c.place, c]));
  // A side often returns to a set of settlements it held before (Saraqeb changed hands three times).
  const dissolved = new Map<string, Polygon | MultiPolygon | null>();
  const starts = [facts.start, ...changeDays(facts)];
  const features: ControlAreaFeature[] = [];
  for (const side of SIDES) {
    // Runs of consecutive intervals with the same set of settlements for this side.
    let runStart: string | null = null;
    let runKey = '';
    let runPlaces: string[] = [];
    const flush = (to: string | null) => {
      if (runStart !== null && runPlaces.length > 0) {
        const key = runPlaces.join('|');
        if (!dissolved.has(key)) dissolved.set(key, dissolve(runPlaces.map((p) => cellByPlace.get(p)).filter((c): c is Cell => c !== undefined)));
        const geometry = dissolved.get(key)!;
        if (geometry) features.push({ type: 'Feature', properties: { side, from: runStart, to }, geometry: roundCoordinates(geometry, 5) });
      }
    };
    for (const day of starts) {
      const places = facts.settlements.filter((s) => holdingOn(s, day).side === side).map((s) => s.place);
      const key = places.join('|');
      if (runStart === null || key !== runKey) {
        flush(day);
        runStart = day;
        runKey = key;
        runPlaces = places;
      }
    }
    flush(null);
  }
  return features.sort((a, b) => a.properties.from.localeCompare(b.properties.from) || SIDES.indexOf(a.properties.side) - SIDES.indexOf(b.properties.side));
}

function dissolve(cells: Cell[]): Polygon | MultiPolygon | null {
  if (cells.length === 1) return cells[0]!.geometry;
  const merged = union(featureCollection(cells.map((c) => ({ type: 'Feature' as const, properties: {}, geometry: c.geometry }))));
  return merged ? merged.geometry : null;
}

/** Square kilometres, for checks and the benchmark. */
export function areaKm2(g: Polygon | MultiPolygon): number {
  return area({ type: 'Feature', properties: {}, geometry: g }) / 1e6;
}
