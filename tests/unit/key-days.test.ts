import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ControlFacts } from '../../src/core/types.ts';
import { KEY_DAYS } from '../../src/time/key-days.ts';
import { FIRST_DAY, LAST_DAY } from '../../src/core/period.ts';

const facts = JSON.parse(readFileSync('geo/control/facts.json', 'utf8')) as ControlFacts;

describe('key days of the time bar', () => {
  test('are in order, inside the period', () => {
    const dates = KEY_DAYS.map((k) => k.date);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(d >= FIRST_DAY && d <= LAST_DAY).toBe(true);
  });

  test('agree with the control model: the named place changed hands that day', () => {
    for (const k of KEY_DAYS.filter((x) => x.place)) {
      const settlement = facts.settlements.find((s) => s.place === k.place);
      expect(
        settlement?.changes.map((c) => c.date),
        `${k.place} on ${k.date}`,
      ).toContain(k.date);
    }
  });
});
