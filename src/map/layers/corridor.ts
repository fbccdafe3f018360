// The M4 security corridor of the 5 March protocol, shown from the ceasefire day on.
import type { FilterSpecification } from 'maplibre-gl';
import { dataUrl } from '../../data/load-data.ts';
import { CORRIDOR } from '../theme.ts';
import { DATE } from '../expressions.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const CORRIDOR_FILL = 'm4-corridor-fill';
export const CORRIDOR_LINE = 'm4-corridor-line';

export const attachCorridor: AttachLayer = (map) => {
  map.addSource('m4-corridor', { type: 'geojson', data: dataUrl('m4-corridor.geojson') });
  // A filter on the day: the source is one polygon, so reloading it on a step costs nothing.
  const shown: FilterSpecification = ['<=', ['get', 'from'], DATE];
  map.addLayer({ id: CORRIDOR_FILL, type: 'fill', source: 'm4-corridor', filter: shown, paint: { 'fill-color': CORRIDOR.colour, 'fill-opacity': CORRIDOR.fillOpacity } });
  map.addLayer({
    id: CORRIDOR_LINE,
    type: 'line',
    source: 'm4-corridor',
    filter: shown,
    paint: { 'line-color': CORRIDOR.colour, 'line-width': 1.5, 'line-dasharray': [3, 2] },
  });
  return () => removeAll(map, [CORRIDOR_LINE, CORRIDOR_FILL], ['m4-corridor']);
};
