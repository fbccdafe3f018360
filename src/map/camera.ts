// Moves the camera so that what the reader chose lands in the part of the map no panel covers.
// The panels overlay the map (they never resize it), so their boxes are measured from the DOM at
// the moment of the move: the side panel on the right, the bottom sheet on a phone, the reader on
// the left.
import type * as maplibregl from 'maplibre-gl';
import type { ViewRequest } from '../state/app-state.ts';

/** Elements that may cover part of the map. */
const COVERS = ['.side-panel', '.reader'];
const MARGIN = 24;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How much of each edge of the map the open panels cover (plus a margin), in CSS pixels. */
export function coveredPadding(map: maplibregl.Map): Padding {
  const box = map.getContainer().getBoundingClientRect();
  const pad: Padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  for (const selector of COVERS) {
    const el = document.querySelector(selector);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    const w = Math.min(r.right, box.right) - Math.max(r.left, box.left);
    const h = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
    if (w <= 0 || h <= 0) continue;
    // A panel as wide as the map covers from an edge downwards or upwards; otherwise from a side.
    if (w >= box.width * 0.9) {
      if (r.top - box.top > box.bottom - r.bottom) pad.bottom = Math.max(pad.bottom, box.bottom - r.top + MARGIN);
      else pad.top = Math.max(pad.top, r.bottom - box.top + MARGIN);
    } else if (r.left - box.left > box.right - r.right) pad.right = Math.max(pad.right, box.right - r.left + MARGIN);
    else pad.left = Math.max(pad.left, r.right - box.left + MARGIN);
  }
  // Keep a usable window: if panels would leave less than a fifth of the map, use less padding.
  const squeeze = (a: 'left' | 'top', b: 'right' | 'bottom', size: number) => {
    const excess = pad[a] + pad[b] - size * 0.8;
    if (excess > 0) {
      const k = (size * 0.8) / (pad[a] + pad[b]);
      pad[a] *= k;
      pad[b] *= k;
    }
  };
  squeeze('left', 'right', box.width);
  squeeze('top', 'bottom', box.height);
  return pad;
}

/** True when the screen point lies inside the padded frame (not under a panel). */
function inFrame(map: maplibregl.Map, lon: number, lat: number, pad: Padding): boolean {
  const p = map.project([lon, lat]);
  const c = map.getContainer();
  return p.x >= pad.left && p.x <= c.clientWidth - pad.right && p.y >= pad.top && p.y <= c.clientHeight - pad.bottom;
}

/** The reader asked the system for less motion: no flights, no fades. */
export function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Carries out a view request; measures the panels first. */
export function moveCamera(map: maplibregl.Map, target: ViewRequest): void {
  const quick = reducedMotion();
  // A bare view (from the URL) is the camera itself: no padding, no flight.
  if (!target.kind) {
    map.jumpTo({ center: [target.lon, target.lat], zoom: target.zoom });
    return;
  }
  // The map's own padding stays 0 (so its centre, and the URL, mean the middle of the map): the
  // panels are accounted for by an offset of the target instead.
  const padding = coveredPadding(map);
  const offset: [number, number] = [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
  const lon = target.kind === 'fit' ? (target.bounds[0] + target.bounds[2]) / 2 : target.lon;
  const lat = target.kind === 'fit' ? (target.bounds[1] + target.bounds[3]) / 2 : target.lat;
  liftBoundsFor(map, lon, lat);
  if (target.kind === 'reveal') {
    if (inFrame(map, lon, lat, padding)) return;
    map.easeTo({ center: [lon, lat], offset, duration: quick ? 0 : 400 });
    return;
  }
  if (target.kind === 'fit') {
    const [w, s, e, n] = target.bounds;
    const camera = map.cameraForBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding, maxZoom: target.maxZoom },
    );
    if (!camera) return;
    if (quick) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 900 });
    return;
  }
  if (quick) map.easeTo({ center: [lon, lat], zoom: target.zoom, offset, duration: 0 });
  else map.flyTo({ center: [lon, lat], zoom: target.zoom, offset, duration: 1200, maxDuration: 2000 });
}

/**
 * The map is held to the region its basemap covers; a place beyond it (Washington) lifts the
 * limit rather than stopping the camera at the edge, far from the place.
 */
function liftBoundsFor(map: maplibregl.Map, lon: number, lat: number): void {
  const bounds = map.getMaxBounds();
  if (bounds && !bounds.contains([lon, lat])) map.setMaxBounds(null);
}
