import { describe, expect, test } from 'vitest';
import { highwayPieces, kmBySide } from '../../src/data/highway-control.ts';
import { distanceKm } from '../../src/data/nearest-settlement.ts';
import type { SettlementControl } from '../../src/core/types.ts';

// A straight road 20 km east–west along 36° N with a town near each end: each town's cell holds
// the half of the road nearer to it.
const LAT = 36;
const KM_PER_DEG = distanceKm([36, LAT], [37, LAT]);
const west: [number, number] = [36, LAT];
const east: [number, number] = [36 + 20 / KM_PER_DEG, LAT];
const anchors = [
  { id: 'a', at: [36 + 2 / KM_PER_DEG, LAT + 0.01] as [number, number] },
  { id: 'b', at: [36 + 18 / KM_PER_DEG, LAT - 0.01] as [number, number] },
];
const facts = (place: string, initial: SettlementControl['initial'], changes: SettlementControl['changes'] = []): SettlementControl => ({
  place,
  initial,
  initial_sources: [],
  changes,
});
const byPlace = new Map([
  ['a', facts('a', 'opposition', [{ date: '2020-02-01', side: 'government', confidence: 'high', sources: [] }])],
  ['b', facts('b', 'opposition')],
]);

describe('kilometres of a highway held by each side', () => {
  const pieces = highwayPieces([west, east], anchors, 0.25);
  test('the pieces add up to the line’s length, and split at the midpoint between the towns', () => {
    const total = pieces.reduce((s, p) => s + p.km, 0);
    expect(total).toBeCloseTo(20, 5);
    const a = pieces.filter((p) => p.place === 'a').reduce((s, p) => s + p.km, 0);
    expect(a).toBeCloseTo(10, 0);
  });
  test('follows the control changes of the towns whose cells it crosses', () => {
    expect(kmBySide(pieces, byPlace, '2020-01-15')).toEqual([{ side: 'opposition', km: expect.closeTo(20, 5) }]);
    const after = kmBySide(pieces, byPlace, '2020-02-01');
    expect(after.map((r) => r.side).sort()).toEqual(['government', 'opposition']);
    expect(after.find((r) => r.side === 'government')!.km).toBeCloseTo(10, 0);
  });
  test('pieces near a town outside the control model are left out, not guessed', () => {
    expect(kmBySide(pieces, new Map([['b', byPlace.get('b')!]]), '2020-03-01')).toEqual([
      { side: 'opposition', km: expect.closeTo(10, 0) },
    ]);
  });
});
