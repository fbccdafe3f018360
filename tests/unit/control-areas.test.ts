import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { changeDays, controlAreas, voronoiCells } from '../../pipeline/control-areas.ts';
import { cellEdges, cellTopology } from '../../pipeline/control-topology.ts';
import { TimelineIndex, timelineFromFacts } from '../../src/core/control-timeline.ts';
import { eachDay } from '../../src/core/days.ts';
import { holdingOn, changedBetween } from '../../src/core/control-history.ts';
import { expectFixture } from './fixture.ts';
import { asCollection, readFixtureInput } from './geometry-fixture.ts';

const DIR = join(import.meta.dirname, '../fixtures/derive');
const input = readFixtureInput(join(DIR, 'input.geojson'));

describe('control areas from facts', () => {
  const cells = voronoiCells(input.points, input.studyArea);

  test('cells: one per settlement, clipped to the study area', () => {
    expectFixture(join(DIR, 'expected-cells.geojson'), asCollection(cells));
  });

  test('areas: one per side per interval, from inclusive, to exclusive', () => {
    const areas = controlAreas(input.facts, cells);
    expectFixture(join(DIR, 'expected-control.geojson'), asCollection(areas));
    // The facts as a reader would state them, checked on the output's properties.
    const onDay = (day: string) =>
      areas
        .filter((a) => a.properties.from <= day && (a.properties.to === null || day < a.properties.to))
        .map((a) => a.properties.side)
        .sort();
    expect(onDay('2020-01-31')).toEqual(['government', 'opposition', 'turkish_backed']);
    expect(onDay('2020-02-05')).toEqual(['government', 'opposition', 'turkish_backed']);
    expect(changeDays(input.facts)).toEqual(['2020-02-01', '2020-02-10']);
  });

  test('who held a settlement on a day, and what changed between two days', () => {
    const b = input.facts.settlements[1]!;
    expect(holdingOn(b, '2020-01-31')).toEqual({ side: 'opposition', change: null });
    expect(holdingOn(b, '2020-02-01').side).toBe('government');
    expect(holdingOn(b, '2020-02-09').change?.date).toBe('2020-02-01');
    expect(holdingOn(b, '2020-02-10').side).toBe('opposition');
    expect(changedBetween(input.facts.settlements, '2020-01-31', '2020-02-01')).toEqual(['b']);
    expect(changedBetween(input.facts.settlements, '2020-02-05', '2020-01-01')).toEqual(['b']);
    expect(changedBetween(input.facts.settlements, '2019-12-01', '2020-03-06')).toEqual([]);
  });

  test('edges: one per pair of neighbouring cells, where two sides can meet', () => {
    const edges = cellEdges(cellTopology(cells));
    expectFixture(join(DIR, 'expected-edges.geojson'), asCollection(edges));
    // a b / c d on a 2×2 grid: each cell borders the one beside it and the one above or below;
    // the diagonal pairs meet only at the centre point, which is no edge.
    expect(edges.map((e) => `${e.properties.a}|${e.properties.b}`)).toEqual(['a|b', 'a|c', 'b|d', 'c|d']);
  });

  test('the timeline a day step reads agrees with the facts, and names every cell that can change', () => {
    const edges = cellEdges(cellTopology(cells));
    const timeline = timelineFromFacts(
      input.facts,
      edges.map((e) => e.properties),
    );
    const index = new TimelineIndex(timeline);
    const days = eachDay('2020-01-25', '2020-02-15');
    for (const a of days) {
      for (const b of days) {
        const changed = changedBetween(input.facts.settlements, a, b).map((p) => timeline.places.indexOf(p));
        const touched = new Set(index.touchedBetween(a, b));
        for (const c of changed) expect(touched.has(c), `${a} → ${b}: cell ${c}`).toBe(true);
      }
      input.facts.settlements.forEach((s, i) => {
        expect(index.holding(i, a).side).toBe(holdingOn(s, a).side);
      });
    }
    expect(timeline.edges.length).toBe(edges.length);
  });
});
