// Territory by day: the km² each side held on every day of the period, from the derived control
// areas (already cut to the study area and to land). turf's area is geodesic, so the figures are
// true on the ground, not in degrees.
import type { ControlAreaFeature } from '../src/core/types.ts';
import { SIDES } from '../src/core/types.ts';
import { TERRITORY_HEADER, type TerritoryRow } from '../src/core/territory.ts';
import { eachDay } from '../src/core/days.ts';
import { areaKm2 } from './control-areas.ts';

/** One row per day from `start` to `end` (both included): km² per side, to 0.1 km². */
export function territoryByDay(areas: ControlAreaFeature[], start: string, end: string): TerritoryRow[] {
  // Each area feature is measured once, however many days it spans.
  const measured = areas.map((a) => ({ ...a.properties, km2: areaKm2(a.geometry) }));
  return eachDay(start, end).map((date) => {
    const row = { date, government: 0, opposition: 0, turkish_backed: 0, sdf: 0 } as TerritoryRow;
    for (const a of measured) if (a.from <= date && (a.to === null || date < a.to)) row[a.side] += a.km2;
    for (const s of SIDES) row[s] = Math.round(row[s] * 10) / 10;
    return row;
  });
}

export function territoryCsv(rows: TerritoryRow[]): string {
  const lines = rows.map((r) => [r.date, ...SIDES.map((s) => r[s].toFixed(1))].join(','));
  return `${TERRITORY_HEADER}\n${lines.join('\n')}\n`;
}
