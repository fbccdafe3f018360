// The optional online vector basemap: a Protomaps PMTiles extract that a host provides
// (VITE_BASEMAP_PMTILES=https://host/idlib.pmtiles at build time). Off by default: the embedded
// basemap needs no network, and the `pmtiles` module is fetched only when this option is set and
// the map asks for its first tile.
import * as maplibregl from 'maplibre-gl';
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP, FONT_REGULAR } from '../core/theme.ts';

type Protocol = import('pmtiles').Protocol;
let protocol: Promise<Protocol> | null = null;

/** Registers `pmtiles://` once; the decoder module is imported on the first request only. */
function registerPmtilesProtocol(): void {
  if (protocol) return;
  protocol = import('pmtiles').then(({ Protocol: P }) => new P());
  maplibregl.addProtocol(
    'pmtiles',
    async (params, abort) => (await protocol!).tilev4(params, abort) as Promise<maplibregl.GetResourceResponse<ArrayBuffer>>,
  );
}

const src = 'protomaps';
const fill = (id: string, layer: string, color: string, filter?: FilterSpecification): LayerSpecification =>
  ({
    id,
    type: 'fill',
    source: src,
    'source-layer': layer,
    ...(filter ? { filter } : {}),
    paint: { 'fill-color': color },
  }) as LayerSpecification;

/**
 * A calm style for the Protomaps basemap schema (earth, water, landuse, roads, boundaries, places),
 * in the embedded basemap's colours so the control areas still carry the colour.
 */
export function pmtilesStyle(url: string): StyleSpecification {
  registerPmtilesProtocol();
  const kind = (...kinds: string[]) => ['match', ['get', 'kind'], kinds, true, false] as FilterSpecification;
  return {
    version: 8,
    name: 'Idlib 2020 online basemap (Protomaps PMTiles)',
    transition: { duration: 0, delay: 0 },
    sources: { [src]: { type: 'vector', url: `pmtiles://${url}`, attribution: 'Protomaps, © OpenStreetMap contributors' } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      fill('earth', 'earth', BASEMAP.land),
      fill('landuse-urban', 'landuse', '#e6e0d4', kind('residential', 'urban_area', 'industrial', 'commercial')),
      fill('water', 'water', BASEMAP.lake),
      {
        id: 'rivers',
        type: 'line',
        source: src,
        'source-layer': 'water',
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': BASEMAP.water, 'line-width': 1.2 },
      },
      {
        id: 'roads',
        type: 'line',
        source: src,
        'source-layer': 'roads',
        filter: kind('highway', 'major', 'medium'),
        paint: {
          'line-color': BASEMAP.road,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.5, 12, ['match', ['get', 'kind'], 'highway', 3, 'major', 2, 1.2]],
        },
      },
      {
        id: 'boundaries',
        type: 'line',
        source: src,
        'source-layer': 'boundaries',
        paint: { 'line-color': BASEMAP.border, 'line-dasharray': [4, 2] },
      },
      {
        id: 'place-names',
        type: 'symbol',
        source: src,
        'source-layer': 'places',
        filter: kind('country'),
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 13 },
        paint: { 'text-color': BASEMAP.label, 'text-halo-color': BASEMAP.halo, 'text-halo-width': 1.5 },
      },
    ],
  };
}
