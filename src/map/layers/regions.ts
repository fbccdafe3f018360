// Named regions (Jabal al-Zawiya) as labelled outlines, and the edge of the study area.
import type { Feature, Point } from 'geojson';
import { regionLabelPoint } from '../../data/region-point.ts';
import type { RegionFeature } from '../../data/types.ts';
import { FONT_BOLD } from '../theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

/** One label point per region (a polygon's own label would repeat in every tile it spans). */
function labelPoints(regions: RegionFeature[]): Feature<Point>[] {
  return regions
    .filter((r) => r.properties.kind === 'region')
    .map((r) => ({ type: 'Feature', properties: r.properties, geometry: { type: 'Point', coordinates: regionLabelPoint(r) } }));
}

export const REGION_LABELS = 'region-label';

export const attachRegions: AttachLayer = (map, data) => {
  map.addSource('regions', { type: 'geojson', data: { type: 'FeatureCollection', features: data.regions } });
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
    minzoom: 8,
    filter: ['==', ['get', 'id'], 'jabal-al-zawiya'],
    layout: {
      'text-field': ['format', ['upcase', ['get', 'name']], {}, '\n', {}, ['coalesce', ['get', 'name_ar'], ''], { 'font-scale': 0.9 }],
      'text-font': FONT_BOLD,
      'text-size': 12,
      'text-letter-spacing': 0.15,
      'symbol-placement': 'point',
    },
    paint: { 'text-color': '#3d3340', 'text-halo-color': '#fbfaf7', 'text-halo-width': 1.5, 'text-opacity': 0.85 },
  });
  return () => removeAll(map, [REGION_LABELS, 'region-line', 'study-area-line'], ['region-labels', 'regions']);
};
