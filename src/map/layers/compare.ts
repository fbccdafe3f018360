// Two dates compared: the cells that changed hands between `since` and the selected day, filled in
// the colour of the side that gained them. The cells are loaded once into their own source; each
// cell carries the feature state `gained` (a side, or null), set only where it changes.
import { earlierDay, laterDay } from '../../core/days.ts';
import { effect } from '@preact/signals';
import type { ExpressionSpecification } from 'maplibre-gl';
import { ensureCells } from '../../data/lazy-data.ts';
import { holdingOn } from '../../core/control-history.ts';
import type { Side } from '../../core/types.ts';
import { SIDE_COLOURS } from '../../core/theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const COMPARE_SOURCE = 'compare-cells';
export const COMPARE_FILL = 'compare-fill';
export const COMPARE_LINE = 'compare-line';

const gained: ExpressionSpecification = ['coalesce', ['feature-state', 'gained'], 'none'];
const gainedColour = ['match', gained, ...Object.entries(SIDE_COLOURS).flat(), '#000000'] as unknown as ExpressionSpecification;
const isGained: ExpressionSpecification = ['!=', gained, 'none'];

export const attachCompare: AttachLayer = (map, data, state) => {
  let added = false;
  let shown = new Map<string, Side>();
  const stop = effect(() => {
    const since = state.since.value;
    const day = state.day.value;
    if (since) ensureCells(state);
    const cells = state.cells.value;
    if (!cells) return;
    if (!added) {
      map.addSource(COMPARE_SOURCE, { type: 'geojson', data: cells.collection, promoteId: 'place' });
      const before = map.getLayer('highway-casing') ? 'highway-casing' : undefined;
      map.addLayer(
        {
          id: COMPARE_FILL,
          type: 'fill',
          source: COMPARE_SOURCE,
          paint: { 'fill-color': gainedColour, 'fill-opacity': ['case', isGained, 0.6, 0] },
        },
        before,
      );
      map.addLayer(
        {
          id: COMPARE_LINE,
          type: 'line',
          source: COMPARE_SOURCE,
          paint: { 'line-color': '#1f1b24', 'line-width': 1.2, 'line-opacity': ['case', isGained, 0.7, 0] },
        },
        before,
      );
      added = true;
    }
    const next = new Map<string, Side>();
    if (since) {
      for (const s of data.controlFacts.settlements) {
        const now = holdingOn(s, laterDay(day, since)).side;
        if (holdingOn(s, earlierDay(day, since)).side !== now) next.set(s.place, now);
      }
    }
    for (const [id, side] of shown) if (next.get(id) !== side) map.setFeatureState({ source: COMPARE_SOURCE, id }, { gained: null });
    for (const [id, side] of next) if (shown.get(id) !== side) map.setFeatureState({ source: COMPARE_SOURCE, id }, { gained: side });
    shown = next;
  });
  return () => {
    stop();
    removeAll(map, [COMPARE_LINE, COMPARE_FILL], [COMPARE_SOURCE]);
  };
};
