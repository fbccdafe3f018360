// The M4 and M5, with their refs along the line; a wide invisible line makes them easy to click,
// and the selected one is drawn heavier (a feature state: no source rebuilt).
import type { ExpressionSpecification } from 'maplibre-gl';
import { FONT_BOLD, HIGHWAY } from '../../core/theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';
import { mirrorSelection } from './selection-state.ts';

export const HIGHWAY_HIT = 'highway-hit';
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const attachHighways: AttachLayer = (map, data, state) => {
  map.addSource('highways', { type: 'geojson', data: { type: 'FeatureCollection', features: data.highways }, promoteId: 'id' });
  map.addLayer({
    id: 'highway-casing',
    type: 'line',
    source: 'highways',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': ['case', selected, '#1f1b24', HIGHWAY.casing],
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', selected, 5, 2.5], 12, ['case', selected, 11, 7]],
    },
  });
  map.addLayer({
    id: 'highway-line',
    type: 'line',
    source: 'highways',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': HIGHWAY.colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 12, 4] },
  });
  map.addLayer({
    id: 'highway-ref',
    type: 'symbol',
    source: 'highways',
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 220,
      'text-field': ['get', 'ref'],
      'text-font': FONT_BOLD,
      'text-size': 11,
      'text-rotation-alignment': 'viewport',
      'text-keep-upright': true,
    },
    paint: { 'text-color': '#ffffff', 'text-halo-color': '#8a5410', 'text-halo-width': 3 },
  });
  map.addLayer({
    id: HIGHWAY_HIT,
    type: 'line',
    source: 'highways',
    paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 18 },
  });
  const stopSelected = mirrorSelection(map, 'highways', state.selectedHighway);
  return () => {
    stopSelected();
    removeAll(map, [HIGHWAY_HIT, 'highway-ref', 'highway-line', 'highway-casing'], ['highways']);
  };
};
