// Named regions (Jabal al-Zawiya, the Ghab) as labelled outlines, and the edge of the study area.
import type { Feature, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { regionLabelPoint } from '../../data/region-point.ts';
import type { RegionFeature } from '../../core/types.ts';
import { FONT_BOLD } from '../../core/theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';
import { mirrorSelection } from './selection-state.ts';

/** Regions are labelled from zoom 8 (the province while zoomed out, until then). */
const REGIONS_FROM = 8;
/** How far apart, in pixels, two region labels must be for both to be drawn. */
const LABEL_GAP_PX = 90;

/**
 * One label point per region (a polygon's own label would repeat in every tile it spans), with
 * `label_from`: the first zoom at which it stands clear of every larger region's label. Region
 * labels ignore collisions (they must not push place labels away), so this keeps neighbouring
 * regions (Jabal al-Zawiya and the Ghab) from printing over each other when zoomed out. The
 * province has its own rule (labelled only while zoomed out), so it claims no room here.
 */
function labelPoints(regions: RegionFeature[]): Feature<Point>[] {
  const placed: [number, number][] = [];
  return regions
    .filter((r) => r.properties.kind === 'region')
    .sort((a, b) => ringArea(b) - ringArea(a))
    .map((r) => {
      const at = regionLabelPoint(r);
      let from = 0;
      if (r.properties.id !== 'idlib-province') {
        from = REGIONS_FROM;
        while (placed.some((p) => pixelsApart(p, at, from) < LABEL_GAP_PX)) from += 1;
        placed.push(at);
      }
      return { type: 'Feature', properties: { ...r.properties, label_from: from }, geometry: { type: 'Point', coordinates: at } };
    });
}

/** The outer ring's area in square degrees: enough to rank regions by size. */
function ringArea(r: RegionFeature): number {
  const ring = r.geometry.type === 'Polygon' ? r.geometry.coordinates[0]! : r.geometry.coordinates[0]![0]!;
  let twice = 0;
  for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(twice) / 2;
}

/** Web-Mercator pixel distance between two points at a zoom (512-px tiles, as MapLibre draws). */
function pixelsApart(a: [number, number], b: [number, number], zoom: number): number {
  const world = 512 * 2 ** zoom;
  const x = (lon: number) => ((lon + 180) / 360) * world;
  const y = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  return Math.hypot(x(a[0]) - x(b[0]), y(a[1]) - y(b[1]));
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
/** Label zooms: the province until REGIONS_FROM, then each region from its own `label_from`. */
const LAST_LABEL_STEP = 12;
function regionLabelText(): ExpressionSpecification {
  const from = ['get', 'label_from'] as ExpressionSpecification;
  const steps: unknown[] = ['step', ['zoom'], ['case', isProvince, regionName, '']];
  for (let z = REGIONS_FROM; z <= LAST_LABEL_STEP; z++) {
    steps.push(z, ['case', ['all', ['!', isProvince], ['<=', from, z]], regionName, '']);
  }
  return steps as ExpressionSpecification;
}

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
    filter: ['all', ['==', ['get', 'kind'], 'region'], ['!', isProvince]],
    paint: { 'line-color': '#3d3340', 'line-width': 1.6, 'line-dasharray': [2, 1.5] },
  });
  map.addLayer({
    id: REGION_LABELS,
    type: 'symbol',
    source: 'region-labels',
    minzoom: 6,
    layout: {
      'text-field': regionLabelText(),
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
