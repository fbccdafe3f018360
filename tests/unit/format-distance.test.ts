// The one way the app writes a distance: the panels' precision, second-source and post lines.
import { expect, test } from 'vitest';
import { formatDistance } from '../../src/core/format-distance.ts';

test.each([
  [4, '0 m'],
  [484, '480 m'],
  [995, '1 km'],
  [1000, '1 km'],
  [3000, '3 km'],
  [4670, '4.7 km'],
  [15_535, '15.5 km'],
])('%d m is written %s', (metres, words) => {
  expect(formatDistance(metres)).toBe(words);
});
