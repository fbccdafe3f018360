// Who held a settlement on a given day, read from its dated changes. Used by the build (to derive
// areas) and by the app (to say who held a clicked point, since when, on whose word).
import type { ControlChange, SettlementControl, Side } from './types.ts';

export interface Holding {
  side: Side;
  /** The change that gave the settlement to `side`; null when it held it from the start. */
  change: ControlChange | null;
}

export function holdingOn(s: SettlementControl, day: string): Holding {
  let side = s.initial;
  let change: ControlChange | null = null;
  for (const c of s.changes) {
    if (c.date > day) break;
    side = c.side;
    change = c;
  }
  return { side, change };
}

/** The settlements whose side differs between two days (in either direction of time). */
export function changedBetween(settlements: SettlementControl[], a: string, b: string): string[] {
  if (a === b) return [];
  return settlements.filter((s) => holdingOn(s, a).side !== holdingOn(s, b).side).map((s) => s.place);
}
