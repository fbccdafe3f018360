// territory.csv as the app (and the tests) read it: one row per day, km² per side.
import { SIDES, type Side } from './types.ts';

export type TerritoryRow = { date: string } & Record<Side, number>;

export const TERRITORY_HEADER = `date,${SIDES.map((s) => `${s}_km2`).join(',')}`;

/** Parses territory.csv; a row that is not a date and four numbers is left out. */
export function parseTerritoryCsv(text: string): TerritoryRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== TERRITORY_HEADER) throw new Error(`territory.csv: unexpected header "${header}"`);
  const rows: TerritoryRow[] = [];
  for (const line of lines) {
    const [date, ...nums] = line.split(',');
    const values = nums.map(Number);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || values.length !== SIDES.length || !values.every(Number.isFinite)) continue;
    const row = { date } as TerritoryRow;
    SIDES.forEach((s, i) => {
      row[s] = values[i]!;
    });
    rows.push(row);
  }
  return rows;
}
