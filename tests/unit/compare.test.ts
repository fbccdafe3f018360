import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { areaKm2, voronoiCells } from '../../pipeline/control-areas.ts';
import { compareDates } from '../../src/data/compare.ts';
import { readFixtureInput } from './geometry-fixture.ts';

const input = readFixtureInput(join(import.meta.dirname, '../fixtures/analysis/input.geojson'));
const cells = voronoiCells(input.points, input.studyArea);
const areas = new Map(cells.map((c) => [c.place, areaKm2(c.geometry)]));

describe('two dates compared', () => {
  test('b went to the government on 5 January: gained by one side, lost by the other, with its dated change', () => {
    const c = compareDates(input.facts.settlements, areas, '2020-01-01', '2020-01-06');
    expect(c.changed.map((p) => [p.place, p.before, p.after])).toEqual([['b', 'opposition', 'government']]);
    expect(c.changed[0]!.changes.map((ch) => ch.date)).toEqual(['2020-01-05']);
    expect(c.gained.government).toBeCloseTo(areas.get('b')!, 6);
    expect(c.lost.opposition).toBeCloseTo(areas.get('b')!, 6);
    expect(c.gained.opposition + c.lost.government + c.gained.turkish_backed + c.gained.sdf).toBe(0);
  });

  test('the order of the two dates does not matter; before the change nothing changed', () => {
    expect(compareDates(input.facts.settlements, areas, '2020-01-06', '2020-01-01')).toEqual(
      compareDates(input.facts.settlements, areas, '2020-01-01', '2020-01-06'),
    );
    expect(compareDates(input.facts.settlements, areas, '2020-01-01', '2020-01-04').changed).toEqual([]);
    // The change day itself counts: held from that day.
    expect(compareDates(input.facts.settlements, areas, '2020-01-04', '2020-01-05').changed.length).toBe(1);
  });
});
