// The stacked areas of the territory chart as SVG paths, in a box TOTAL days wide and 100 high.
import type { TerritoryRow } from '../../core/territory.ts';
import { SIDES, type Side } from '../../core/types.ts';

/** Bottom to top: the government's band grows from the bottom as it advances. */
export const STACK_ORDER: Side[] = [...SIDES];

export function stackPaths(rows: TerritoryRow[]): { side: Side; d: string }[] {
  const totals = rows.map((r) => SIDES.reduce((s, side) => s + r[side], 0) || 1);
  let below = rows.map(() => 0);
  return STACK_ORDER.map((side) => {
    const above = rows.map((r, i) => below[i]! + (100 * r[side]) / totals[i]!);
    const top = above.map((v, i) => `${i},${(100 - v).toFixed(2)}`);
    const bottom = below.map((v, i) => `${i},${(100 - v).toFixed(2)}`).reverse();
    below = above;
    return { side, d: `M${top.join('L')}L${bottom.join('L')}Z` };
  });
}
