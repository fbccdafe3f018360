// The M4 and M5, with their refs along the line.
import { FONT_BOLD, HIGHWAY } from '../theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const attachHighways: AttachLayer = (map, data) => {
  map.addSource('highways', { type: 'geojson', data: { type: 'FeatureCollection', features: data.highways } });
  map.addLayer({
    id: 'highway-casing',
    type: 'line',
    source: 'highways',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': HIGHWAY.casing, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 12, 7] },
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
  return () => removeAll(map, ['highway-ref', 'highway-line', 'highway-casing'], ['highways']);
};
