// The edges two adjacent Voronoi cells share. Neighbouring cells are cut from the same Voronoi
// vertices and rounded alike, so a shared edge is the same segment, vertex for vertex, in both
// rings: a segment seen in exactly two cells is the border between them; one seen once lies on
// the study area's outline.
import type { Position } from 'geojson';
import type { Cell } from './control-areas.ts';
import type { EdgeFeature } from './control-topology.ts';

export interface SharedEdge {
  /** The two cells' settlements, sorted. */
  places: [string, string];
  /** The border's segments, each [a, b]. */
  segments: [Position, Position][];
}

const key = (p: Position) => `${p[0]},${p[1]}`;

export function sharedEdges(cells: Cell[]): SharedEdge[] {
  const bySegment = new Map<string, { seg: [Position, Position]; places: Set<string> }>();
  for (const cell of cells) {
    const polygons = cell.geometry.type === 'Polygon' ? [cell.geometry.coordinates] : cell.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        if (key(a) === key(b)) continue;
        const k = key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`;
        const entry = bySegment.get(k) ?? { seg: key(a) < key(b) ? [a, b] : [b, a], places: new Set<string>() };
        entry.places.add(cell.place);
        bySegment.set(k, entry);
      }
    }
  }
  const byPair = new Map<string, SharedEdge>();
  for (const { seg, places } of bySegment.values()) {
    if (places.size !== 2) continue;
    const pair = [...places].sort() as [string, string];
    const k = pair.join('|');
    const edge = byPair.get(k) ?? { places: pair, segments: [] };
    edge.segments.push(seg);
    byPair.set(k, edge);
  }
  return [...byPair.values()].sort((a, b) => a.places.join('|').localeCompare(b.places.join('|')));
}

/** The lead's published edges (control-edges.geojson) in the same shape: one pair, its segments. */
export function fromCellEdges(edges: EdgeFeature[]): SharedEdge[] {
  return edges.map((e) => {
    const lines = e.geometry.type === 'LineString' ? [e.geometry.coordinates] : e.geometry.coordinates;
    const segments = lines.flatMap((l) => l.slice(1).map((q, i) => [l[i]!, q] as [Position, Position]));
    return { places: [e.properties.a, e.properties.b].sort() as [string, string], segments };
  });
}

/** Joins segments end to end into as few lines as possible (a closed loop comes back to its start). */
export function chainSegments(segments: [Position, Position][]): Position[][] {
  const at = new Map<string, number[]>();
  segments.forEach(([a, b], i) => {
    for (const p of [a, b]) {
      const list = at.get(key(p));
      if (list) list.push(i);
      else at.set(key(p), [i]);
    }
  });
  const used = new Set<number>();
  const walk = (start: Position, first: number): Position[] => {
    const line = [start];
    let here = start;
    let next: number | undefined = first;
    while (next !== undefined) {
      used.add(next);
      const [a, b] = segments[next]!;
      here = key(a) === key(here) ? b : a;
      line.push(here);
      const onward: number[] = at.get(key(here)) ?? [];
      // Stop at a junction (three or more borders meet) so that each line is a simple path.
      next = onward.length === 2 ? onward.find((j) => !used.has(j)) : undefined;
    }
    return line;
  };
  const lines: Position[][] = [];
  // Paths first, from their free ends or junctions; what is left are closed loops.
  const ends = [...at.entries()].filter(([, ids]) => ids.length !== 2);
  for (const [k, ids] of ends) {
    for (const i of ids) {
      if (used.has(i)) continue;
      const [a, b] = segments[i]!;
      lines.push(walk(key(a) === k ? a : b, i));
    }
  }
  segments.forEach(([a], i) => {
    if (!used.has(i)) lines.push(walk(a, i));
  });
  return lines;
}
