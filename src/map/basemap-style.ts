// The embedded basemap: Natural Earth land, coast and borders from data/basemap.geojson, drawn
// with no tile server, key or network. The 1:50m overview shows when zoomed out, 1:10m when in.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { dataUrl } from '../data/load-data.ts';
import { pmtilesStyle } from './online-basemap.ts';
import { BASEMAP, FONT_BOLD, FONT_REGULAR } from '../core/theme.ts';

const DETAIL_FROM_ZOOM = 5;

const scaleFilter = (scale: 'detail' | 'wide' | 'wide-outside'): ExpressionSpecification => ['==', ['get', 'scale'], scale];

function landLayer(scale: 'detail' | 'wide-outside'): LayerSpecification {
  return {
    id: `land-${scale}`,
    type: 'fill',
    source: 'basemap',
    filter: ['all', scaleFilter(scale), ['==', ['get', 'kind'], 'land']],
    paint: { 'fill-color': ['match', ['get', 'name'], 'Syria', BASEMAP.land, BASEMAP.landOther] },
  };
}

function linesFor(scale: 'detail' | 'wide'): LayerSpecification[] {
  const zoomRange = scale === 'detail' ? { minzoom: DETAIL_FROM_ZOOM } : { maxzoom: DETAIL_FROM_ZOOM };
  return [
    {
      id: `coast-${scale}`,
      type: 'line',
      source: 'basemap',
      ...zoomRange,
      filter: ['all', scaleFilter(scale), ['==', ['get', 'kind'], 'coast']],
      paint: { 'line-color': BASEMAP.coast, 'line-width': 1 },
    },
    {
      id: `border-${scale}`,
      type: 'line',
      source: 'basemap',
      ...zoomRange,
      filter: ['all', scaleFilter(scale), ['==', ['get', 'kind'], 'border']],
      paint: {
        'line-color': BASEMAP.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 1.8],
        'line-dasharray': [4, 2],
      },
    },
  ];
}

const kindIs = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];
/** Rivers and roads are context for the front: drawn from zoom 7, where the theatre fills the screen. */
const CONTEXT_FROM_ZOOM = 7;
const ROAD_LABELS_FROM_ZOOM = 10;

/** A line width growing with zoom through [zoom, width] stops, scaled and widened (zoom must stay top-level). */
function widthByZoom(stops: [number, number][], scale: number | ExpressionSpecification = 1, extra = 0): ExpressionSpecification {
  const out = (w: number): number | ExpressionSpecification =>
    typeof scale === 'number' ? w * scale + extra : ['+', ['*', w, scale], extra];
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, w]) => [z, out(w)])] as ExpressionSpecification;
}
const WATER_WIDTHS: [number, number][] = [
  [CONTEXT_FROM_ZOOM, 0.7],
  [10, 1.6],
  [13, 3],
];
const ROAD_WIDTHS: [number, number][] = [
  [CONTEXT_FROM_ZOOM, 0.7],
  [10, 1.9],
  [13, 4],
];

/** Lakes, under the control areas like the land. */
function lakeLayer(): LayerSpecification {
  return {
    id: 'lake',
    type: 'fill',
    source: 'basemap',
    minzoom: CONTEXT_FROM_ZOOM,
    filter: kindIs('lake'),
    paint: { 'fill-color': BASEMAP.lake, 'fill-outline-color': BASEMAP.water },
  };
}

/** Rivers (intermittent ones dashed, canals thinner) on a light casing that sets them apart from the sides' blue edges. */
function riverLayers(): LayerSpecification[] {
  return [
    {
      id: 'river-casing',
      type: 'line',
      source: 'basemap',
      minzoom: 9,
      filter: kindIs('river', 'canal'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BASEMAP.halo, 'line-opacity': 0.8, 'line-width': widthByZoom(WATER_WIDTHS, 1, 2.5) },
    },
    {
      id: 'river',
      type: 'line',
      source: 'basemap',
      minzoom: CONTEXT_FROM_ZOOM,
      filter: kindIs('river', 'canal'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BASEMAP.water, 'line-width': widthByZoom(WATER_WIDTHS, ['match', ['get', 'kind'], 'canal', 0.6, 1]) },
    },
    {
      id: 'river-intermittent',
      type: 'line',
      source: 'basemap',
      minzoom: CONTEXT_FROM_ZOOM,
      filter: kindIs('intermittent'),
      paint: { 'line-color': BASEMAP.water, 'line-width': widthByZoom(WATER_WIDTHS, 0.7), 'line-dasharray': [3, 2] },
    },
  ];
}

/** Main roads beyond the M4/M5, under them: a white casing and a grey-brown line. */
function roadLayers(): LayerSpecification[] {
  return [
    {
      id: 'road-casing',
      type: 'line',
      source: 'basemap',
      minzoom: 8,
      filter: kindIs('road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BASEMAP.roadCasing, 'line-width': widthByZoom(ROAD_WIDTHS, 1, 2) },
    },
    {
      id: 'road',
      type: 'line',
      source: 'basemap',
      minzoom: CONTEXT_FROM_ZOOM,
      filter: kindIs('road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BASEMAP.road, 'line-width': widthByZoom(ROAD_WIDTHS) },
    },
  ];
}

/** Names along rivers (from zoom 9) and roads (from zoom 10); place labels above win collisions. */
function lineLabels(): LayerSpecification[] {
  const along = { 'symbol-placement': 'line', 'text-font': FONT_REGULAR, 'text-keep-upright': true, 'text-max-angle': 30 } as const;
  return [
    {
      id: 'river-label',
      type: 'symbol',
      source: 'basemap',
      minzoom: 9,
      filter: ['all', kindIs('river', 'lake'), ['has', 'name']],
      layout: { ...along, 'text-field': ['get', 'name'], 'text-size': 12, 'text-letter-spacing': 0.15, 'symbol-spacing': 250 },
      paint: { 'text-color': BASEMAP.waterLabel, 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'road-label',
      type: 'symbol',
      source: 'basemap',
      minzoom: ROAD_LABELS_FROM_ZOOM,
      filter: kindIs('road'),
      layout: { ...along, 'text-field': ['get', 'name'], 'text-size': 10.5, 'symbol-spacing': 180 },
      paint: { 'text-color': BASEMAP.roadLabel, 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * Rivers and roads with their names, drawn over the control areas (so they keep their colours) and
 * under the M4/M5: added by the map's context layer, and only over the embedded basemap.
 */
export function contextLayers(): LayerSpecification[] {
  return [...riverLayers(), ...roadLayers(), ...lineLabels()];
}

/** One label per country: the overview's when zoomed out, the cut-out's when zoomed in. */
function countryLabels(scale: 'detail' | 'wide'): LayerSpecification {
  return {
    id: `country-labels-${scale}`,
    type: 'symbol',
    source: 'basemap',
    ...(scale === 'detail' ? { minzoom: DETAIL_FROM_ZOOM } : { maxzoom: DETAIL_FROM_ZOOM }),
    filter: ['all', ['==', ['get', 'kind'], 'country-label'], scaleFilter(scale)],
    layout: {
      'text-field': ['upcase', ['get', 'name']],
      'text-font': FONT_BOLD,
      'text-size': 13,
      'text-letter-spacing': 0.2,
    },
    paint: { 'text-color': BASEMAP.label, 'text-opacity': 0.7, 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.5 },
  };
}

export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Idlib 2020 offline basemap',
    // A day step snaps: a cross-fade would be cut by the next step when playing or scrubbing, and
    // costs several frames each step on software WebGL (npm run bench).
    transition: { duration: 0, delay: 0 },
    sources: {
      basemap: {
        type: 'geojson',
        data: dataUrl('basemap.geojson'),
        attribution: 'Natural Earth (public domain); rivers and lakes: GSHHG (LGPL); roads hand-drawn',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      // Land is 1:10m inside the cut-out and 1:50m beyond it, at every zoom.
      landLayer('wide-outside'),
      landLayer('detail'),
      lakeLayer(),
      ...linesFor('wide'),
      ...linesFor('detail'),
      countryLabels('wide'),
      countryLabels('detail'),
    ],
  };
}

/**
 * For readers who are online, a build may replace the embedded basemap: VITE_BASEMAP_STYLE names
 * any MapLibre style, VITE_BASEMAP_PMTILES a Protomaps PMTiles extract. Neither is set by default.
 */
export function basemapChoice(): string | StyleSpecification {
  const online = (import.meta.env.VITE_BASEMAP_STYLE as string | undefined)?.trim();
  if (online) return online;
  const pmtiles = (import.meta.env.VITE_BASEMAP_PMTILES as string | undefined)?.trim();
  if (pmtiles) return pmtilesStyle(pmtiles);
  return basemapStyle();
}
