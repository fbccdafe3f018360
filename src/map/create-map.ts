import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapView } from '../state/url-state.ts';
import { basemapChoice } from './basemap-style.ts';
import { reducedMotion } from './camera.ts';

// Vite does not emit maplibre's worker on its own; point maplibre at the emitted file.
maplibregl.setWorkerUrl(workerUrl);

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function createMap(container: HTMLElement, view: MapView): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: basemapChoice(),
    center: [view.lon, view.lat],
    zoom: view.zoom,
    minZoom: 3,
    // The embedded basemap reaches this far (Moscow, the Dardanelles, Cyprus); no tiles beyond it.
    maxBounds: [
      [14, 24],
      [56, 62],
    ],
    maxZoom: 15,
    // Labels appear at once rather than fading in when the reader asked for less motion (the
    // fade also keeps software rendering busy for a dozen more frames before the map is idle).
    fadeDuration: reducedMotion() ? 0 : 300,
    attributionControl: false,
    // Keeps the canvas readable by screenshots and tests (and by "save image" in browsers).
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.FullscreenControl(), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  map.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
  map.touchZoomRotate.disableRotation();
  map.dragRotate.disable();
  return map;
}

export function viewOf(map: maplibregl.Map): MapView {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}
