// The island check: a village one side holds alone among its neighbours for days is a warning
// naming it, its side and the days; a short reversal, or a village sharing its side with any
// neighbour, is not.
import { describe, expect, test } from 'vitest';
import type { ControlFacts, Side } from '../../src/core/types.ts';
import { checkIslands, ISLAND_DAYS } from '../../pipeline/check-islands.ts';

const src = [{ title: 't' }];
/** A hub village and three neighbours, all opposition at first; `changes` are the hub's. */
const facts = (hub: [string, Side][], others: Record<string, [string, Side][]> = {}): ControlFacts => ({
  start: '2019-12-01',
  end: '2020-03-06',
  settlements: ['hub', 'n1', 'n2', 'n3'].map((place) => ({
    place,
    initial: 'opposition' as Side,
    initial_sources: src,
    changes: (place === 'hub' ? hub : (others[place] ?? [])).map(([date, side]) => ({
      date,
      side,
      confidence: 'medium' as const,
      sources: src,
    })),
  })),
});
const star = [
  { a: 'hub', b: 'n1' },
  { a: 'hub', b: 'n2' },
  { a: 'n3', b: 'hub' },
  { a: 'n1', b: 'n2' },
];

describe('checkIslands', () => {
  test('a village held alone by the government for a week is a warning with its side and days', () => {
    const warnings = checkIslands(
      facts([
        ['2020-02-25', 'government'],
        ['2020-03-03', 'opposition'],
      ]),
      star,
    );
    expect(warnings).toEqual([
      'geo/control/facts.json: hub: held by the government side alone, all 3 neighbouring cells held by another, ' +
        "from 2020-02-25 to 2020-03-02: a change of its own or of a neighbour's that no row dates?",
    ]);
  });

  test('a reversal shorter than the threshold is not flagged', () => {
    const back = new Date(Date.parse('2020-02-25T00:00:00Z') + (ISLAND_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    expect(
      checkIslands(
        facts([
          ['2020-02-25', 'government'],
          [back, 'opposition'],
        ]),
        star,
      ),
    ).toEqual([]);
  });

  test('one neighbour on the same side is enough: no island', () => {
    const warnings = checkIslands(facts([['2020-02-25', 'government']], { n3: [['2020-02-25', 'government']] }), star);
    expect(warnings).toEqual([]);
  });

  test('an island that lasts to the last day is reported up to it', () => {
    const [warning] = checkIslands(facts([['2020-03-01', 'government']]), star);
    expect(warning).toMatch(/hub: held by the government side alone, all 3 neighbouring cells .* from 2020-03-01 to 2020-03-06/);
  });
});
