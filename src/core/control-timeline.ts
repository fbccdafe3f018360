// The control timeline in the compact form the map needs for its first draw: which side held each
// settlement's cell on each day, and whether that holding is sure. Written by the build
// (control-timeline.json) and read by the map, which steps through it one day at a time touching
// only the cells whose side changed.
import { SIDES, type ControlFacts, type Side } from './types.ts';

/** A holding is uncertain when the change that made it rests on one partisan claim or is disputed. */
export interface TimelineChange {
  place: number;
  date: string;
  side: number;
  uncertain: boolean;
}

export interface ControlTimeline {
  start: string;
  end: string;
  sides: readonly Side[];
  /** Settlement ids; a cell's index in the other arrays. */
  places: string[];
  /** Index into `sides` of each settlement's side on `start`. */
  initial: number[];
  /** [place index, date, side index, 1 if uncertain else 0], sorted by date. */
  changes: [number, string, number, 0 | 1][];
  /** The two cells (place indexes) each edge of control-edges.geojson lies between; the edge's id is its index here. */
  edges: [number, number][];
}

export function timelineFromFacts(facts: ControlFacts, edges: { a: string; b: string }[] = []): ControlTimeline {
  const places = facts.settlements.map((s) => s.place);
  const changes: ControlTimeline['changes'] = [];
  facts.settlements.forEach((s, i) => {
    for (const c of s.changes) {
      const disputed = (c as { disputed?: unknown }).disputed;
      changes.push([i, c.date, SIDES.indexOf(c.side), c.confidence === 'low' || disputed ? 1 : 0]);
    }
  });
  changes.sort((a, b) => a[1].localeCompare(b[1]) || a[0] - b[0]);
  const indexOf = new Map(places.map((p, i) => [p, i]));
  return {
    start: facts.start,
    end: facts.end,
    sides: SIDES,
    places,
    initial: facts.settlements.map((s) => SIDES.indexOf(s.initial)),
    changes,
    edges: edges.map((e) => [indexOf.get(e.a)!, indexOf.get(e.b)!]),
  };
}

export interface CellHolding {
  side: Side;
  uncertain: boolean;
}

/**
 * Steps a timeline between days. `holdingsOn` gives every cell's holding on a day; `changedBetween`
 * the cells whose holding may differ between two days, found from the changes dated between them
 * (so a step costs the changes it crosses, not the number of settlements).
 */
export class TimelineIndex {
  private readonly byPlace: TimelineChange[][];
  private readonly dates: string[];

  constructor(readonly timeline: ControlTimeline) {
    this.byPlace = timeline.places.map(() => []);
    this.dates = [];
    for (const [place, date, side, uncertain] of timeline.changes) {
      this.byPlace[place]!.push({ place, date, side, uncertain: uncertain === 1 });
      this.dates.push(date);
    }
  }

  get size(): number {
    return this.timeline.places.length;
  }

  holding(place: number, day: string): CellHolding {
    let side = this.timeline.initial[place]!;
    let uncertain = false;
    for (const c of this.byPlace[place]!) {
      if (c.date > day) break;
      side = c.side;
      uncertain = c.uncertain;
    }
    return { side: this.timeline.sides[side]!, uncertain };
  }

  /** Cells with a change dated in (min(a, b), max(a, b)]: the only ones whose holding can differ. */
  touchedBetween(a: string, b: string): number[] {
    if (a === b) return [];
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const first = lowerBound(this.dates, lo, true);
    const last = lowerBound(this.dates, hi, true);
    const out = new Set<number>();
    for (let i = first; i < last; i++) out.add(this.timeline.changes[i]![0]);
    return [...out];
  }
}

/** First index whose date is > day (after = true) or >= day. */
function lowerBound(dates: string[], day: string, after: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? dates[mid]! <= day : dates[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
