// The live map on \`window\`: set by map-view.tsx for the browser tests, the bench and readers poking
// at it in the console. Declared in a file of its own so that the tests' program can see it too.
import type * as maplibregl from 'maplibre-gl';

declare global {
  interface Window {
    idlibMap?: maplibregl.Map;
  }
}
