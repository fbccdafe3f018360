import { describe, expect, test } from 'vitest';
import { eventPoint, spreadOffsets } from '../../src/data/event-place.ts';
import type { EventFeature } from '../../src/core/types.ts';

const ev = (id: string, place: string | null, at: [number, number] | null, precision_m = 1000): EventFeature => ({
  type: 'Feature',
  properties: {
    id,
    date: '2020-02-28',
    type: 'clash',
    title: id,
    place,
    precision_m,
    claims: [],
    excerpts: [],
    sources: [],
    note: '',
  },
  geometry: at ? { type: 'Point', coordinates: at } : null,
});

describe('where events are drawn', () => {
  test('no point for an event without geometry or placed only in the province', () => {
    expect(eventPoint(ev('a', null, null))).toBeNull();
    expect(eventPoint(ev('b', 'idlib-province', [36.62, 35.83]))).toBeNull();
    expect(eventPoint(ev('c', 'saraqeb', [36.8, 35.86]))).toEqual([36.8, 35.86]);
  });
  test('no point for an event known only to within 10 km (somewhere in a region)', () => {
    expect(eventPoint(ev('d', 'jabal-al-zawiya', [36.55, 35.7], 12_000))).toBeNull();
    expect(eventPoint(ev('e', 'kafr-nabl', [36.56, 35.61], 9_999))).toEqual([36.56, 35.61]);
  });
  test('events at one point are spread around it, apart from each other and clear of the point', () => {
    const at: [number, number] = [32.867, 39.933];
    const offsets = spreadOffsets([
      { id: 'x', at },
      { id: 'y', at },
      { id: 'z', at },
      { id: 'alone', at: [36, 35] },
    ]);
    expect(offsets.get('alone')).toEqual([14, -14]);
    const spread = ['x', 'y', 'z'].map((id) => offsets.get(id)!);
    for (const [i, a] of spread.entries()) {
      expect(Math.hypot(a[0], a[1])).toBeGreaterThanOrEqual(16);
      for (const b of spread.slice(i + 1)) expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(22);
    }
  });
});
