import { join } from 'node:path';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, test } from 'vitest';
import { controlAreas, voronoiCells } from '../../pipeline/control-areas.ts';
import { cellEdges, cellTopology } from '../../pipeline/control-topology.ts';
import { frontLines, type FrontFeature } from '../../pipeline/front.ts';
import { fromCellEdges, sharedEdges } from '../../pipeline/shared-edges.ts';
import { buildAll } from '../../pipeline/index.ts';
import { territoryByDay, territoryCsv } from '../../pipeline/territory.ts';
import { holdingOn } from '../../src/core/control-history.ts';
import { SIDES, type ControlAreaFeature, type ControlFacts, type RegionFeature, type Side } from '../../src/core/types.ts';
import { parseTerritoryCsv } from '../../src/core/territory.ts';
import { expectFixture } from './fixture.ts';
import { asCollection, readFixtureInput } from './geometry-fixture.ts';

const DIR = join(import.meta.dirname, '../fixtures/analysis');
const input = readFixtureInput(join(DIR, 'input.geojson'));

const R_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
/** Area of a box between two meridians and two parallels on the sphere: R²·Δλ·(sin φ2 − sin φ1). */
const boxKm2 = (w: number, e: number, s: number, n: number) => R_KM ** 2 * rad(e - w) * (Math.sin(rad(n)) - Math.sin(rad(s)));

describe('fixture: three strips', () => {
  const cells = voronoiCells(input.points, input.studyArea);
  const areas = controlAreas(input.facts, cells);

  test('km² per side per day, as the sphere gives them', () => {
    const rows = territoryByDay(areas, input.facts.start, input.facts.end);
    expectFixture(join(DIR, 'expected-territory.csv.json'), territoryCsv(rows).split('\n'));
    expect(rows.map((r) => r.date)).toEqual([
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
      '2020-01-04',
      '2020-01-05',
      '2020-01-06',
      '2020-01-07',
    ]);
    const before = rows[0]!;
    const after = rows[6]!;
    expect(before.government).toBeCloseTo(boxKm2(36.0, 36.065, 35.9, 36.1), 0);
    expect(before.opposition).toBeCloseTo(boxKm2(36.065, 36.2, 35.9, 36.1), 0);
    expect(rows[3]).toEqual({ ...before, date: '2020-01-04' });
    expect(after.government).toBeCloseTo(boxKm2(36.0, 36.135, 35.9, 36.1), 0);
    expect(after.opposition).toBeCloseTo(boxKm2(36.135, 36.2, 35.9, 36.1), 0);
    expect(after.turkish_backed + after.sdf).toBe(0);
  });

  test('the front is the meridian between the two sides, and moves when b changes hands', () => {
    const front = frontLines(input.facts, fromCellEdges(cellEdges(cellTopology(cells))));
    // The same from the cells' own shared segments.
    expect(frontLines(input.facts, sharedEdges(cells)).map((f) => f.properties)).toEqual(front.map((f) => f.properties));
    expectFixture(join(DIR, 'expected-front.geojson'), asCollection(front));
    expect(front.map((f) => [f.properties.from, f.properties.to, f.properties.sides])).toEqual([
      ['2020-01-01', '2020-01-05', ['government', 'opposition']],
      ['2020-01-05', null, ['government', 'opposition']],
    ]);
    const lons = front.map((f) => [...new Set(f.geometry.coordinates.flat().map((p) => p[0]))]);
    expect(lons).toEqual([[36.065], [36.135]]);
    // 0.2° of a meridian: R · 0.2 · π/180 km.
    for (const f of front) expect(f.properties.length_km).toBeCloseTo(R_KM * rad(0.2), 0);
  });
});

describe('published territory and front (real data)', () => {
  let files: Record<string, string>;
  let studyKm2: number;
  let control: ControlAreaFeature[];
  let front: FrontFeature[];
  let facts: ControlFacts;
  let cells: FeatureCollection<Polygon | MultiPolygon, { place: string; area_km2: number }>;
  let points: Map<string, Position>;
  const activeOn = <T extends { properties: { from: string; to: string | null } }>(list: T[], day: string) =>
    list.filter((f) => f.properties.from <= day && (f.properties.to === null || day < f.properties.to));

  beforeAll(() => {
    files = buildAll();
    const study = (JSON.parse(files['regions.geojson']!).features as RegionFeature[]).find((r) => r.properties.kind === 'study-area')!;
    studyKm2 = area(study) / 1e6;
    control = JSON.parse(files['control.geojson']!).features;
    front = JSON.parse(files['front.geojson']!).features;
    facts = JSON.parse(files['control-facts.json']!);
    cells = JSON.parse(files['control-cells.geojson']!);
    points = new Map(
      (JSON.parse(files['places.geojson']!).features as Feature<Point, { id: string }>[]).map((p) => [
        p.properties.id,
        p.geometry.coordinates,
      ]),
    );
  }, 180_000);

  test('one row per day; the sides add up to the study area on every day (within 0.1 %)', () => {
    const rows = parseTerritoryCsv(files['territory.csv']!);
    expect(files['territory.csv']!.split('\n')[0]).toBe('date,government_km2,opposition_km2,turkish_backed_km2,sdf_km2');
    expect(rows.length).toBe(97);
    expect(rows[0]!.date).toBe('2019-12-01');
    expect(rows.at(-1)!.date).toBe('2020-03-06');
    for (const r of rows) {
      const total = SIDES.reduce((s, side) => s + r[side], 0);
      expect(Math.abs(total - studyKm2) / studyKm2, r.date).toBeLessThan(0.001);
    }
  });

  test('each day’s figures agree with the published areas and with the cells of the settlements each side held', () => {
    const rows = parseTerritoryCsv(files['territory.csv']!);
    for (const r of rows) {
      const fromCells = new Map<Side, number>(SIDES.map((s) => [s, 0]));
      for (const c of cells.features) {
        const s = facts.settlements.find((x) => x.place === c.properties.place)!;
        const side = holdingOn(s, r.date).side;
        fromCells.set(side, fromCells.get(side)! + c.properties.area_km2);
      }
      const fromAreas = new Map<Side, number>(SIDES.map((s) => [s, 0]));
      for (const a of activeOn(control, r.date)) fromAreas.set(a.properties.side, fromAreas.get(a.properties.side)! + area(a) / 1e6);
      for (const side of SIDES) {
        expect(Math.abs(r[side] - fromCells.get(side)!), `${r.date} ${side} vs cells`).toBeLessThan(Math.max(1, r[side] * 0.001));
        expect(Math.abs(r[side] - fromAreas.get(side)!), `${r.date} ${side} vs areas`).toBeLessThan(0.1);
      }
    }
    // The government's ground grows by the battle: Maarat al-Nu'man and Saraqeb fell between.
    const byDate = new Map(rows.map((r) => [r.date, r]));
    expect(byDate.get('2020-03-06')!.government).toBeGreaterThan(byDate.get('2019-12-01')!.government + 2000);
  });

  test('the front: sorted sides, intervals like control.geojson, the length of its lines', () => {
    for (const f of front) {
      const p = f.properties;
      expect([...p.sides].sort()).toEqual(p.sides);
      expect(p.sides[0]).not.toBe(p.sides[1]);
      expect(p.to === null || p.from < p.to).toBe(true);
      expect(p.length_km).toBeGreaterThan(0);
    }
    // Government meets opposition on every day of the period.
    for (const day of ['2019-12-01', '2020-01-15', '2020-02-28', '2020-03-06']) {
      const gov = activeOn(front, day).filter((f) => f.properties.sides.join() === 'government,opposition');
      expect(gov.length, day).toBe(1);
    }
  });

  test('on every interval the front separates ground of its two sides and never crosses a settlement', () => {
    // Cells with their bounding boxes, to find which cell a point falls in without testing all.
    const boxed = cells.features.map((c) => {
      const flat = (c.geometry.type === 'Polygon' ? c.geometry.coordinates.flat() : c.geometry.coordinates.flat(2)) as Position[];
      return {
        c,
        x0: Math.min(...flat.map((p) => p[0]!)),
        x1: Math.max(...flat.map((p) => p[0]!)),
        y0: Math.min(...flat.map((p) => p[1]!)),
        y1: Math.max(...flat.map((p) => p[1]!)),
      };
    });
    const cellAt = (pt: number[]) =>
      boxed.find((b) => pt[0]! >= b.x0 && pt[0]! <= b.x1 && pt[1]! >= b.y0 && pt[1]! <= b.y1 && booleanPointInPolygon(pt, b.c))?.c
        .properties.place;
    const k = Math.cos(rad(35.9));
    /** Distance in km from a point to a segment, in a plane with longitude shortened by cos(lat). */
    const segKm = (pt: Position, p: Position, q: Position) => {
      const [px, py, qx, qy, x, y] = [p[0]! * k, p[1]!, q[0]! * k, q[1]!, pt[0]! * k, pt[1]!];
      const dx = qx - px;
      const dy = qy - py;
      const t = Math.max(0, Math.min(1, ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(x - (px + t * dx), y - (py + t * dy)) * 111.195;
    };
    const days = [...new Set(front.map((f) => f.properties.from))];
    for (const day of days) {
      const held = new Map(facts.settlements.map((s) => [s.place, holdingOn(s, day).side]));
      for (const f of activeOn(front, day)) {
        const [a, b] = f.properties.sides;
        for (const line of f.geometry.coordinates) {
          for (let i = 0; i + 1 < line.length; i++) {
            const [p, q] = [line[i]!, line[i + 1]!];
            const len = Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!);
            if (i % 7 !== 0 || len < 1e-3) continue;
            // Just either side of the segment's middle: one side's ground and the other's.
            const mid = [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2];
            const n = [(-(q[1]! - p[1]!) / len) * 3e-4, ((q[0]! - p[0]!) / len) * 3e-4];
            const across = [
              [mid[0]! + n[0]!, mid[1]! + n[1]!],
              [mid[0]! - n[0]!, mid[1]! - n[1]!],
            ]
              .map((pt) => held.get(cellAt(pt) ?? ''))
              .sort();
            expect(across, `${day} ${a}/${b} at ${mid}`).toEqual([a, b]);
          }
        }
        // No settlement on either side sits on (or within 300 m of) the line.
        for (const [place, side] of held) {
          if (side !== a && side !== b) continue;
          const at = points.get(place)!;
          let d = Infinity;
          for (const line of f.geometry.coordinates)
            for (let i = 0; i + 1 < line.length; i++) d = Math.min(d, segKm(at, line[i]!, line[i + 1]!));
          expect(d, `${day}: ${place}`).toBeGreaterThan(0.3);
        }
      }
    }
  }, 120_000);
});
