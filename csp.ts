// The Content-Security-Policy of the site: one definition, used by the built index.html (as a
// <meta http-equiv>), by `vite preview` and the test server (as a header), and, with the two
// allowances Vite's dev server needs, by `npm start`. Why each source is there:
// - script-src 'self': the app is one module bundle from our origin; no inline script, no eval.
// - worker-src 'self': MapLibre starts its worker from the URL given to setWorkerUrl, which Vite
//   emits as a same-origin file (dist/assets/maplibre-gl-worker-*.mjs); no blob: worker.
// - img-src 'self' data:: maplibre-gl.css draws the zoom/fullscreen buttons as data: SVG images.
//   The map's own icons are drawn on a canvas and handed over as ImageData: no URL at all.
// - style-src 'self': styles come from the bundled stylesheet; MapLibre and Preact set styles
//   through the CSSOM (element.style), which CSP does not restrict, so no 'unsafe-inline'.
// - connect-src 'self': the data files, all on our origin. Everything else is 'none'.
// - style-src also names, by hash, the one inline <style> of data/index.html (the open-data page);
//   a hash allows exactly that text and nothing else, so it is no 'unsafe-inline'.
// frame-ancestors is left out: it is ignored (with a console warning) in a <meta> policy; a host
// that wants to forbid framing adds it to the header (see the README).
import { createHash } from 'node:crypto';
import { DATA_INDEX_STYLE } from './pipeline/data-index.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'", sha256(DATA_INDEX_STYLE)],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/** The policy as one header or meta value; `replace` swaps whole directives. */
export function contentSecurityPolicy(replace: Record<string, string[]> = {}): string {
  const merged = { ...CSP_DIRECTIVES, ...replace };
  return Object.entries(merged)
    .map(([key, values]) => `${key} ${values.join(' ')}`)
    .join('; ');
}

/**
 * What Vite's dev server (npm start) needs instead: it injects each imported stylesheet as an
 * inline <style> element (hot-replaced on edit), and its HMR client talks to the server over a
 * websocket. The style hash is left out there, since a hash beside 'unsafe-inline' disables it.
 */
export const DEV_ALLOWANCES: Record<string, string[]> = {
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*'],
};
