import { describe, expect, test } from 'vitest';
import { nounFor, plural } from '../../src/ui/words/plural.ts';

describe('plural', () => {
  test('agrees with the count', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(2, 'event')).toBe('2 events');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(0, 'event', undefined, 'no events')).toBe('no events');
    expect(plural(1, 'casualty', 'casualties')).toBe('1 casualty');
    expect(plural(3, 'casualty', 'casualties')).toBe('3 casualties');
    expect(plural(1285, 'settlement')).toBe('1,285 settlements');
    expect(nounFor(1, 'report')).toBe('report');
    expect(nounFor(4, 'report')).toBe('reports');
  });
});
