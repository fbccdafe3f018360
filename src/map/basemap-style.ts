// The embedded basemap: Natural Earth land, coast and borders from data/basemap.geojson, drawn
// with no tile server, key or network. The 1:50m overview shows when zoomed out, 1:10m when in.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { dataUrl } from '../data/load-data.ts';
import { BASEMAP, FONT_BOLD } from './theme.ts';

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
      paint: { 'line-color': BASEMAP.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 1.8], 'line-dasharray': [4, 2] },
    },
  ];
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
        attribution: 'Natural Earth (public domain)',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      // Land is 1:10m inside the cut-out and 1:50m beyond it, at every zoom.
      landLayer('wide-outside'),
      landLayer('detail'),
      ...linesFor('wide'),
      ...linesFor('detail'),
      countryLabels('wide'),
      countryLabels('detail'),
    ],
  };
}

/** An online style (VITE_BASEMAP_STYLE) replaces the embedded one for readers who are online. */
export function basemapChoice(): string | StyleSpecification {
  const online = import.meta.env['VITE_BASEMAP_STYLE'] as string | undefined;
  return online && online.trim() !== '' ? online.trim() : basemapStyle();
}
