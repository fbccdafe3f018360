// The front line of each day: wherever the cells of two settlements held by different sides
// touch, their shared edge is front. The line is the cells' own edges, unsmoothed: it lies
// halfway between the two nearest settlements of either side, so it can never pass over or
// beyond a settlement (tests/unit/front.test.ts checks that on every day).
import { length } from '@turf/turf';
import type { Feature, MultiLineString, Position } from 'geojson';
import type { ControlFacts, Side } from '../src/core/types.ts';
import { holdingOn } from '../src/core/control-history.ts';
import { changeDays } from './control-areas.ts';
import { chainSegments, type SharedEdge } from './shared-edges.ts';

export interface FrontProps {
  from: string;
  /** Exclusive; null = through the end of the period. */
  to: string | null;
  /** The two sides that meet, sorted alphabetically (as strings sort). */
  sides: [Side, Side];
  length_km: number;
}
export type FrontFeature = Feature<MultiLineString, FrontProps>;

/** `edges`: the borders between neighbouring cells (control-edges, or sharedEdges of the cells). */
export function frontLines(facts: ControlFacts, edges: SharedEdge[]): FrontFeature[] {
  const starts = [facts.start, ...changeDays(facts)];
  // For each pair of sides: the shared edges it held per interval, merged into runs while unchanged.
  const open = new Map<string, { from: string; key: string; segments: [Position, Position][] }>();
  const out: FrontFeature[] = [];
  const close = (pair: string, to: string | null) => {
    const run = open.get(pair);
    if (!run || run.segments.length === 0) return;
    const geometry: MultiLineString = { type: 'MultiLineString', coordinates: chainSegments(run.segments) };
    const length_km = Math.round(length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }) * 10) / 10;
    out.push({ type: 'Feature', properties: { from: run.from, to, sides: pair.split('|') as [Side, Side], length_km }, geometry });
  };
  for (const day of starts) {
    const today = new Map<string, { ids: string[]; segments: [Position, Position][] }>();
    const sideOf = new Map(facts.settlements.map((s) => [s.place, holdingOn(s, day).side]));
    for (const edge of edges) {
      const sa = sideOf.get(edge.places[0]);
      const sb = sideOf.get(edge.places[1]);
      if (!sa || !sb || sa === sb) continue;
      const pair = [sa, sb].sort().join('|');
      const entry = today.get(pair) ?? { ids: [], segments: [] };
      entry.ids.push(edge.places.join('|'));
      entry.segments.push(...edge.segments);
      today.set(pair, entry);
    }
    for (const pair of new Set([...open.keys(), ...today.keys()])) {
      const now = today.get(pair);
      const key = now ? now.ids.join(',') : '';
      if (open.get(pair)?.key === key) continue;
      close(pair, day);
      open.set(pair, { from: day, key, segments: now?.segments ?? [] });
    }
  }
  for (const pair of open.keys()) close(pair, null);
  return out.sort(
    (a, b) =>
      a.properties.from.localeCompare(b.properties.from) || a.properties.sides.join('|').localeCompare(b.properties.sides.join('|')),
  );
}
