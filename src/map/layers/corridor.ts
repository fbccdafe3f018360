// The M4 security corridor of the 5 March protocol, shown from the day it came into force. One
// polygon, loaded once; whether it shows is feature state.
import { effect } from '@preact/signals';
import type { FirstView } from '../../data/load-data.ts';
import { CORRIDOR } from '../../core/theme.ts';
import { removeAll, type AttachFirstViewLayer } from './layer-kit.ts';

export const CORRIDOR_FILL = 'm4-corridor-fill';
export const CORRIDOR_LINE = 'm4-corridor-line';
const SOURCE = 'm4-corridor';

const whenOn = (on: number, off: number) => ['case', ['boolean', ['feature-state', 'on'], false], on, off] as never;

export const attachCorridor: AttachFirstViewLayer = (map, first: FirstView, state) => {
  const features = first.corridor.features.map((f, i) => ({ ...f, id: i }));
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({
    id: CORRIDOR_FILL,
    type: 'fill',
    source: SOURCE,
    paint: { 'fill-color': CORRIDOR.colour, 'fill-opacity': whenOn(CORRIDOR.fillOpacity, 0) },
  });
  map.addLayer({
    id: CORRIDOR_LINE,
    type: 'line',
    source: SOURCE,
    paint: { 'line-color': CORRIDOR.colour, 'line-width': 1.5, 'line-dasharray': [3, 2], 'line-opacity': whenOn(1, 0) },
  });
  const shown = features.map(() => false);
  const stop = effect(() => {
    const day = state.day.value;
    features.forEach((f, i) => {
      const on = f.properties.from <= day;
      if (on === shown[i]) return;
      shown[i] = on;
      map.setFeatureState({ source: SOURCE, id: i }, { on });
    });
  });
  return () => {
    stop();
    removeAll(map, [CORRIDOR_LINE, CORRIDOR_FILL], [SOURCE]);
  };
};
