// Two dates compared: which settlements changed hands between them, who gained what ground (from
// the cells' km²), and the dated changes, with sources, that say so. Earlier and later are sorted
// out here, so "since" may be either side of the selected day.
import { holdingOn } from '../core/control-history.ts';
import { SIDES, type ControlChange, type SettlementControl, type Side } from '../core/types.ts';

export interface ChangedPlace {
  place: string;
  before: Side;
  after: Side;
  km2: number;
  /** The changes in (earlier, later], in date order: a place may change hands more than once. */
  changes: ControlChange[];
}

export interface Comparison {
  earlier: string;
  later: string;
  changed: ChangedPlace[];
  gained: Record<Side, number>;
  lost: Record<Side, number>;
}

const zero = () => Object.fromEntries(SIDES.map((s) => [s, 0])) as Record<Side, number>;

export function compareDates(settlements: SettlementControl[], areaByPlace: Map<string, number>, a: string, b: string): Comparison {
  const [earlier, later] = a <= b ? [a, b] : [b, a];
  const gained = zero();
  const lost = zero();
  const changed: ChangedPlace[] = [];
  for (const s of settlements) {
    const before = holdingOn(s, earlier).side;
    const after = holdingOn(s, later).side;
    if (before === after) continue;
    const km2 = areaByPlace.get(s.place) ?? 0;
    gained[after] += km2;
    lost[before] += km2;
    changed.push({ place: s.place, before, after, km2, changes: s.changes.filter((c) => c.date > earlier && c.date <= later) });
  }
  return { earlier, later, changed, gained, lost };
}
