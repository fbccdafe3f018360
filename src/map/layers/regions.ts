// Named regions (Jabal al-Zawiya) as labelled outlines, and the edge of the study area.
import type { Feature, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { regionLabelPoint } from '../../data/region-point.ts';
import type { RegionFeature } from '../../core/types.ts';
import { FONT_BOLD } from '../../core/theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';
import { mirrorSelection } from './selection-state.ts';

/** One label point per region (a polygon's own label would repeat in every tile it spans). */
function labelPoints(regions: RegionFeature[]): Feature<Point>[] {
  return regions
    .filter((r) => r.properties.kind === 'region')
    .map((r) => ({ type: 'Feature', properties: r.properties, geometry: { type: 'Point', coordinates: regionLabelPoint(r) } }));
}

export const REGION_LABELS = 'region-label';
export const REGION_SELECTED = 'region-selected';

const isProvince = ['==', ['get', 'id'], 'idlib-province'] as ExpressionSpecification;
const regionName: ExpressionSpecification = [
  'format',
  ['upcase', ['get', 'name']],
  {},
  '\n',
  {},
  ['coalesce', ['get', 'name_ar'], ''],
  { 'font-scale': 0.9 },
];
/** The province is labelled while it fits the screen (zoomed out), Jabal al-Zawiya from zoom 8. */
const ZAWIYA_FROM = 8;

export const attachRegions: AttachLayer = (map, data, state) => {
  map.addSource('regions', { type: 'geojson', data: { type: 'FeatureCollection', features: data.regions }, promoteId: 'id' });
  map.addSource('region-labels', { type: 'geojson', data: { type: 'FeatureCollection', features: labelPoints(data.regions) } });
  map.addLayer({
    id: 'study-area-line',
    type: 'line',
    source: 'regions',
    filter: ['==', ['get', 'kind'], 'study-area'],
    paint: { 'line-color': '#55505a', 'line-width': 1, 'line-opacity': 0.5, 'line-dasharray': [1, 2] },
  });
  map.addLayer({
    id: 'region-line',
    type: 'line',
    source: 'regions',
    filter: ['==', ['get', 'id'], 'jabal-al-zawiya'],
    paint: { 'line-color': '#3d3340', 'line-width': 1.6, 'line-dasharray': [2, 1.5] },
  });
  map.addLayer({
    id: REGION_LABELS,
    type: 'symbol',
    source: 'region-labels',
    minzoom: 6,
    layout: {
      'text-field': ['step', ['zoom'], ['case', isProvince, regionName, ''], ZAWIYA_FROM, ['case', isProvince, '', regionName]],
      'text-font': FONT_BOLD,
      'text-size': 12,
      'text-letter-spacing': 0.15,
      'symbol-placement': 'point',
      // A region's name spans villages: it is always drawn (lighter, beneath the place labels)
      // and never pushes a place's label away, rather than losing every collision.
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#3d3340', 'text-halo-color': '#fbfaf7', 'text-halo-width': 2, 'text-opacity': 0.75 },
  });
  // The selected region's outline.
  map.addLayer(
    {
      id: REGION_SELECTED,
      type: 'line',
      source: 'regions',
      filter: ['==', ['get', 'kind'], 'region'],
      paint: {
        'line-color': '#0b5cad',
        'line-width': 3,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.9, 0],
      },
    },
    REGION_LABELS,
  );
  const stopSelected = mirrorSelection(map, 'regions', state.selectedPlace);
  return () => {
    stopSelected();
    removeAll(map, [REGION_LABELS, REGION_SELECTED, 'region-line', 'study-area-line'], ['region-labels', 'regions']);
  };
};
