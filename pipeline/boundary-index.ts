// A grid over the segments of a polygon's boundary, to ask cheaply whether the boundary passes
// through a box: a Voronoi cell whose box no boundary segment touches lies wholly inside or
// wholly outside the study area, and needs no clipping.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const CELL_DEG = 0.05;

type Box = [number, number, number, number];

export class BoundaryIndex {
  private readonly grid = new Map<string, Box[]>();

  constructor(area: Feature<Polygon | MultiPolygon>) {
    const rings = area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) this.add(segmentBox(ring[i - 1]!, ring[i]!));
    }
  }

  private add(box: Box): void {
    for (const key of keysOf(box)) {
      const list = this.grid.get(key);
      if (list) list.push(box);
      else this.grid.set(key, [box]);
    }
  }

  /** True when some boundary segment's box overlaps the given box (conservative: may say true for a near miss). */
  crossesBox(box: Box): boolean {
    for (const key of keysOf(box)) {
      for (const s of this.grid.get(key) ?? []) {
        if (s[0] <= box[2] && s[2] >= box[0] && s[1] <= box[3] && s[3] >= box[1]) return true;
      }
    }
    return false;
  }
}

function segmentBox(a: Position, b: Position): Box {
  return [Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)];
}

function* keysOf(box: Box): Generator<string> {
  for (let x = Math.floor(box[0] / CELL_DEG); x <= Math.floor(box[2] / CELL_DEG); x++) {
    for (let y = Math.floor(box[1] / CELL_DEG); y <= Math.floor(box[3] / CELL_DEG); y++) yield `${x},${y}`;
  }
}
