// Who held how much of a highway on a day. The line is cut into short pieces; each piece lies in
// the control cell of its nearest settlement, so it was held by whoever held that settlement.
// The pieces are found once; a day then costs one lookup per piece.
import { holdingOn } from '../core/control-history.ts';
import { distanceKm, nearestAnchor, type Anchor } from './nearest-settlement.ts';
import type { SettlementControl, Side } from '../core/types.ts';

export interface HighwayPiece {
  km: number;
  /** The settlement whose cell the piece's midpoint lies in. */
  place: string;
}

/** Cuts a line into pieces of at most `stepKm` and assigns each to its nearest settlement. */
export function highwayPieces(line: [number, number][], anchors: Anchor[], stepKm = 0.25): HighwayPiece[] {
  const pieces: HighwayPiece[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const length = distanceKm(a, b);
    const n = Math.max(1, Math.ceil(length / stepKm));
    for (let j = 0; j < n; j++) {
      const t = (j + 0.5) / n;
      const mid: [number, number] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      const near = nearestAnchor(anchors, mid);
      if (near) pieces.push({ km: length / n, place: near.id });
    }
  }
  return pieces;
}

/** Kilometres held by each side on a day, sides in descending order of length. */
export function kmBySide(pieces: HighwayPiece[], factsByPlace: Map<string, SettlementControl>, day: string): { side: Side; km: number }[] {
  const totals = new Map<Side, number>();
  for (const p of pieces) {
    const facts = factsByPlace.get(p.place);
    if (!facts) continue;
    const side = holdingOn(facts, day).side;
    totals.set(side, (totals.get(side) ?? 0) + p.km);
  }
  return [...totals].map(([side, km]) => ({ side, km })).sort((a, b) => b.km - a.km);
}
