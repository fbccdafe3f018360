// Control areas on the selected day, the cells behind them (for "who held this point?"), and a
// brief highlight of the cells that changed hands since the day shown before.
import { effect } from '@preact/signals';
import type { ExpressionSpecification } from 'maplibre-gl';
import { changedBetween } from '../../data/control-history.ts';
import { dataUrl } from '../../data/load-data.ts';
import { ACTIVE_ON_DATE, matchProperty } from '../expressions.ts';
import { FLASH, CONTROL_FILL_OPACITY, CONTROL_LINE_OPACITY, SIDE_COLOURS } from '../theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const CONTROL_FILL = 'control-fill';
export const CONTROL_LINE = 'control-line';
export const CELLS_HIT = 'control-cells-hit';
export const CHANGE_FLASH = 'control-change-flash';
const FLASH_MS = 1600;

const sideColour: ExpressionSpecification = matchProperty('side', SIDE_COLOURS, '#888888');

export const attachControl: AttachLayer = (map, data, state) => {
  map.addSource('control', { type: 'geojson', data: { type: 'FeatureCollection', features: data.control } });
  map.addSource('control-cells', { type: 'geojson', data: dataUrl('control-cells.geojson'), promoteId: 'place' });
  map.addLayer({ id: CONTROL_FILL, type: 'fill', source: 'control', filter: ACTIVE_ON_DATE, paint: { 'fill-color': sideColour, 'fill-opacity': CONTROL_FILL_OPACITY } });
  map.addLayer({
    id: CONTROL_LINE,
    type: 'line',
    source: 'control',
    filter: ACTIVE_ON_DATE,
    paint: { 'line-color': sideColour, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2.2], 'line-opacity': CONTROL_LINE_OPACITY },
  });
  // Invisible, but queryable: which settlement's cell a click falls in.
  map.addLayer({ id: CELLS_HIT, type: 'fill', source: 'control-cells', paint: { 'fill-opacity': 0 } });
  // Cells that changed hands carry the feature state "changed"; the flash fades by a transition.
  map.addLayer({
    id: CHANGE_FLASH,
    type: 'fill',
    source: 'control-cells',
    paint: { 'fill-color': FLASH.colour, 'fill-opacity': ['case', ['boolean', ['feature-state', 'changed'], false], FLASH.opacity, 0] },
  });

  let shownDay = state.day.peek();
  let flashing: string[] = [];
  let fadeTimer = 0;
  const clearFlash = () => {
    for (const id of flashing) map.setFeatureState({ source: 'control-cells', id }, { changed: false });
    flashing = [];
  };
  const stop = effect(() => {
    const day = state.day.value;
    const changed = changedBetween(data.controlFacts.settlements, shownDay, day);
    shownDay = day;
    if (changed.length === 0) return;
    window.clearTimeout(fadeTimer);
    clearFlash();
    for (const id of changed) map.setFeatureState({ source: 'control-cells', id }, { changed: true });
    flashing = changed;
    fadeTimer = window.setTimeout(clearFlash, FLASH_MS);
  });
  return () => {
    stop();
    window.clearTimeout(fadeTimer);
    removeAll(map, [CHANGE_FLASH, CELLS_HIT, CONTROL_LINE, CONTROL_FILL], ['control-cells', 'control']);
  };
};
