import { useComputed } from '@preact/signals';
import { compareDates, type Comparison } from '../../data/compare.ts';
import { ensureCells } from '../../data/lazy-data.ts';
import { useAppState } from '../../state/app-state.ts';

/** The comparison between `since` and the selected day, or null (no second date, or still loading). */
export function useComparison(): Comparison | null {
  const state = useAppState();
  if (state.since.value) ensureCells(state);
  return useComputed(() => {
    const since = state.since.value;
    const data = state.data.value;
    const cells = state.cells.value;
    if (!since || !data || !cells) return null;
    return compareDates(data.controlFacts.settlements, cells.areaByPlace, since, state.day.value);
  }).value;
}

export const km2 = (n: number) => `${Math.round(n).toLocaleString('en-GB')} km²`;
