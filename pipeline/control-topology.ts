// The Voronoi cells as a topology: each boundary between two cells is stored once, as an arc
// shared by both. Dissolving a side's cells is then a matter of dropping the arcs between them
// (topojson's merge), far cheaper than polygon unions, and the arcs between two cells are exactly
// the edges where two sides can meet: the map draws the line on a day from them.
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Cell } from './control-areas.ts';
import { roundCoordinates } from './geojson-io.ts';

/** Snaps vertices to a 1e6 grid over the cells' extent (about 0.2 m here), so shared edges match exactly. */
const QUANTIZATION = 1e6;

export interface CellTopology {
  topology: Topology;
  /** The cells' geometries in the topology, in the order of the cells given. */
  geometries: GeometryObject<{ place: string }>[];
}

export function cellTopology(cells: Cell[]): CellTopology {
  const collection = {
    type: 'FeatureCollection' as const,
    features: cells.map((c) => ({ type: 'Feature' as const, properties: { place: c.place }, geometry: c.geometry })),
  };
  const topo = topology({ cells: collection }, QUANTIZATION);
  const geometries = (topo.objects.cells as GeometryCollection<{ place: string }>).geometries;
  return { topology: topo, geometries };
}

/** The union of the given cells, by removing the arcs they share. */
export function dissolveCells(topo: CellTopology, places: ReadonlySet<string>): Polygon | MultiPolygon | null {
  const chosen = topo.geometries.filter((g) => places.has(placeOf(g)));
  if (chosen.length === 0) return null;
  const merged = merge(topo.topology, chosen as Parameters<typeof merge>[1]);
  if (merged.coordinates.length === 0) return null;
  const geometry: Polygon | MultiPolygon =
    merged.coordinates.length === 1 ? { type: 'Polygon', coordinates: merged.coordinates[0]! } : merged;
  return roundCoordinates(geometry, 5);
}

export interface EdgeProps {
  /** The two cells (settlement ids) the edge lies between, in sorted order. */
  a: string;
  b: string;
}
export type EdgeFeature = Feature<LineString | MultiLineString, EdgeProps> & { id: number };

/** Every boundary between two neighbouring cells, one feature per pair, with a numeric id. */
export function cellEdges(topo: CellTopology): EdgeFeature[] {
  const cellsOfArc = new Map<number, Set<number>>();
  topo.geometries.forEach((g, cell) => {
    for (const arc of arcsOf(g)) {
      const index = arc < 0 ? ~arc : arc;
      let set = cellsOfArc.get(index);
      if (!set) {
        set = new Set();
        cellsOfArc.set(index, set);
      }
      set.add(cell);
    }
  });
  const arcsOfPair = new Map<string, number[]>();
  for (const [arc, owners] of cellsOfArc) {
    if (owners.size !== 2) continue;
    const names = [...owners].map((i) => placeOf(topo.geometries[i]!)).sort();
    const key = names.join('\u0000');
    const list = arcsOfPair.get(key);
    if (list) list.push(arc);
    else arcsOfPair.set(key, [arc]);
  }
  const edges: EdgeFeature[] = [];
  for (const key of [...arcsOfPair.keys()].sort()) {
    const arcs = arcsOfPair.get(key)!.sort((x, y) => x - y);
    const [a, b] = key.split('\u0000') as [string, string];
    const decoded = feature(topo.topology, {
      type: 'MultiLineString',
      arcs: arcs.map((i) => [i]),
    } as never) as unknown as Feature<MultiLineString>;
    const lines = decoded.geometry.coordinates;
    const geometry: LineString | MultiLineString =
      lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
    edges.push({ type: 'Feature', id: edges.length, properties: { a, b }, geometry: roundCoordinates(geometry, 5) });
  }
  return edges;
}

function placeOf(g: GeometryObject<{ place: string }>): string {
  return (g.properties as { place: string }).place;
}

function arcsOf(g: GeometryObject): number[] {
  if (g.type === 'Polygon') return g.arcs.flat();
  if (g.type === 'MultiPolygon') return g.arcs.flat(2);
  return [];
}
