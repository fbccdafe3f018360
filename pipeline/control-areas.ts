// Derives the control areas: one Voronoi cell per settlement (the land nearer to it than to any
// other), clipped to the study area, then dissolved per side for each interval in which that
// side's set of settlements stays the same.
import { area, booleanPointInPolygon, featureCollection, point, voronoi } from '@turf/turf';
import polygonClipping from 'polygon-clipping';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ControlAreaFeature, ControlFacts } from '../src/core/types.ts';
import { SIDES } from '../src/core/types.ts';
import { holdingOn } from '../src/core/control-history.ts';
import { roundCoordinates } from './geojson-io.ts';
import { BoundaryIndex } from './boundary-index.ts';
import { cellTopology, dissolveCells, type CellTopology } from './control-topology.ts';

type Ring = [number, number][];

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
  // Only cells that the study area's edge crosses need clipping; the rest lie wholly inside it.
  const edge = new BoundaryIndex(studyArea);
  const studyRings = (
    studyArea.geometry.type === 'Polygon' ? [studyArea.geometry.coordinates] : studyArea.geometry.coordinates
  ) as Ring[][];
  const out: Cell[] = [];
  cells.features.forEach((cell, i) => {
    const { place, at } = points[i]!;
    if (!cell) throw new Error(`no Voronoi cell for ${place}: does another settlement share its coordinate?`);
    // Counter-clockwise, as RFC 7946 asks and as the clipped cells come out: the topology's merge
    // joins the arcs of neighbouring cells end to start, which needs one winding throughout.
    const ring = counterClockwise(cell.geometry.coordinates[0]!.map(([x, y]) => [x! / k, y!]));
    const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
    if (!edge.crossesBox(ringBox(ring))) {
      if (booleanPointInPolygon(at, studyArea)) out.push({ place, geometry: roundCoordinates(polygon, 5) });
      return;
    }
    // polygon-clipping works in floating point: some fifty times faster here than turf's
    // arbitrary-precision intersect, and exact enough once coordinates are rounded to 1 m.
    const pieces = polygonClipping.intersection(polygon.coordinates as Ring[], studyRings);
    if (pieces.length === 0) return;
    const clipped: Polygon | MultiPolygon =
      pieces.length === 1 ? { type: 'Polygon', coordinates: pieces[0]! } : { type: 'MultiPolygon', coordinates: pieces };
    out.push({ place, geometry: roundCoordinates(clipped, 5) });
  });
  return out;
}

function counterClockwise(ring: Position[]): Position[] {
  let twiceArea = 0;
  for (let i = 1; i < ring.length; i++) twiceArea += (ring[i]![0]! - ring[i - 1]![0]!) * (ring[i]![1]! + ring[i - 1]![1]!);
  return twiceArea > 0 ? [...ring].reverse() : ring;
}

function ringBox(ring: Position[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    minX = Math.min(minX, x!);
    maxX = Math.max(maxX, x!);
    minY = Math.min(minY, y!);
    maxY = Math.max(maxY, y!);
  }
  return [minX, minY, maxX, maxY];
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

export function controlAreas(facts: ControlFacts, cells: Cell[], topo: CellTopology = cellTopology(cells)): ControlAreaFeature[] {
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
        if (!dissolved.has(key)) dissolved.set(key, dissolveCells(topo, new Set(runPlaces)));
        const geometry = dissolved.get(key)!;
        if (geometry) features.push({ type: 'Feature', properties: { side, from: runStart, to }, geometry });
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
  return features.sort(
    (a, b) => a.properties.from.localeCompare(b.properties.from) || SIDES.indexOf(a.properties.side) - SIDES.indexOf(b.properties.side),
  );
}

/** Square kilometres, for checks and the benchmark. */
export function areaKm2(g: Polygon | MultiPolygon): number {
  return area({ type: 'Feature', properties: {}, geometry: g }) / 1e6;
}
