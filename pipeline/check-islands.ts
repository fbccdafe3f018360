// Flags a settlement that one side holds alone, every neighbouring cell held by another side, for
// days on end. Fronts move village by village, so a one- or two-day island is a real reversal (a
// raid, a counter-attack beaten back); a week-long one is almost always a gap in the record: a
// change of the island's or of its neighbours' that no report dated, or a village placed among
// the wrong neighbours. The check only warns: some islands were real (an encircled post).
import { holdingOn } from '../src/core/control-history.ts';
import { daysBetween, eachDay } from '../src/core/days.ts';
import type { ControlFacts, Side } from '../src/core/types.ts';

/** An island shorter than this is taken as a reported reversal and not flagged. */
export const ISLAND_DAYS = 3;
/** Cells on the edge of the model with fewer neighbours are not judged. */
const MIN_NEIGHBOURS = 2;

export interface Adjacency {
  a: string;
  b: string;
}

export function checkIslands(facts: ControlFacts, edges: readonly Adjacency[]): string[] {
  const neighbours = new Map<string, Set<string>>();
  for (const { a, b } of edges) {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const history = new Map(facts.settlements.map((s) => [s.place, s]));
  const sideOn = (place: string, day: string): Side => holdingOn(history.get(place)!, day).side;
  const days = eachDay(facts.start, facts.end);

  const warnings: string[] = [];
  for (const place of history.keys()) {
    const around = [...(neighbours.get(place) ?? [])].filter((n) => history.has(n));
    if (around.length < MIN_NEIGHBOURS) continue;
    let run: { from: string; to: string; side: Side } | null = null;
    const close = () => {
      if (run && daysBetween(run.from, run.to) + 1 >= ISLAND_DAYS) {
        warnings.push(
          `geo/control/facts.json: ${place}: held by the ${run.side} side alone, all ${around.length} neighbouring cells held by another, ` +
            `from ${run.from} to ${run.to}: a change of its own or of a neighbour's that no row dates?`,
        );
      }
      run = null;
    };
    for (const day of days) {
      const side = sideOn(place, day);
      const alone = around.every((n) => sideOn(n, day) !== side);
      if (alone && run && run.side === side) run.to = day;
      else {
        close();
        if (alone) run = { from: day, to: day, side };
      }
    }
    close();
  }
  return warnings;
}
