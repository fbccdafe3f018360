import { describe, expect, test } from 'vitest';
import { addDays, clampDay, dayInWords, daysBetween, eachDay, isIsoDay } from '../../src/core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../src/core/period.ts';

describe('day arithmetic', () => {
  test('recognises real ISO days only', () => {
    expect(isIsoDay('2020-02-29')).toBe(true); // 2020 is a leap year
    expect(isIsoDay('2019-02-29')).toBe(false);
    expect(isIsoDay('2020-13-01')).toBe(false);
    expect(isIsoDay('2020-2-1')).toBe(false);
    expect(isIsoDay('yesterday')).toBe(false);
  });

  test('steps across month ends and the leap day', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-29', 1)).toBe('2020-03-01');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -7)).toBe('2020-02-23');
  });

  test('the period runs 97 days, 1 December 2019 to 6 March 2020 inclusive', () => {
    const days = eachDay(FIRST_DAY, LAST_DAY);
    expect(days.length).toBe(97);
    expect(days[0]).toBe('2019-12-01');
    expect(days.at(-1)).toBe('2020-03-06');
    expect(daysBetween(FIRST_DAY, LAST_DAY)).toBe(96);
  });

  test('clamps to the period', () => {
    expect(clampDay('2019-01-01', FIRST_DAY, LAST_DAY)).toBe(FIRST_DAY);
    expect(clampDay('2021-01-01', FIRST_DAY, LAST_DAY)).toBe(LAST_DAY);
    expect(clampDay('2020-02-01', FIRST_DAY, LAST_DAY)).toBe('2020-02-01');
  });

  test('says the date in words, in UTC', () => {
    expect(dayInWords('2020-02-27')).toBe('Thursday 27 February 2020');
  });
});
