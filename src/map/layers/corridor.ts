// The M4 security corridor of the 5 March protocol, shown from the ceasefire day on.
import type { ExpressionSpecification } from 'maplibre-gl';
import { dataUrl } from '../../data/load-data.ts';
import { DATE } from '../expressions.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const CORRIDOR_FILL = 'm4-corridor-fill';
export const CORRIDOR_LINE = 'm4-corridor-line';

export const attachCorridor: AttachLayer = (map) => {
  map.addSource('m4-corridor', { type: 'geojson', data: dataUrl('m4-corridor.geojson') });
  // Shown from `from` on, by paint: a filter on the day would reload the source at each step.
  const shown = (value: number): ExpressionSpecification => ['case', ['<=', ['get', 'from'], DATE], value, 0];
  map.addLayer({ id: CORRIDOR_FILL, type: 'fill', source: 'm4-corridor', paint: { 'fill-color': '#6b4c9a', 'fill-opacity': shown(0.18) } });
  map.addLayer({
    id: CORRIDOR_LINE,
    type: 'line',
    source: 'm4-corridor',
    paint: { 'line-color': '#6b4c9a', 'line-width': 1.5, 'line-dasharray': [3, 2], 'line-opacity': shown(1) },
  });
  return () => removeAll(map, [CORRIDOR_LINE, CORRIDOR_FILL], ['m4-corridor']);
};
