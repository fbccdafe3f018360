// What every layer module shares: its signature, and symmetric removal.
import type * as maplibregl from 'maplibre-gl';
import type { AppData, FirstView } from '../../data/load-data.ts';
import type { AppState } from '../../state/app-state.ts';

/** Adds a concern's sources and layers, follows the state, returns a detach that removes exactly those. */
export type AttachLayer = (map: maplibregl.Map, data: AppData, state: AppState) => () => void;

/** The same for the layers of the first view, which need only the small first-view files. */
export type AttachFirstViewLayer = (map: maplibregl.Map, first: FirstView, state: AppState) => () => void;

/** Removes layers, then sources, ignoring ones already gone (the style may have been replaced). */
export function removeAll(map: maplibregl.Map, layers: string[], sources: string[]): void {
  for (const id of layers) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of sources) if (map.getSource(id)) map.removeSource(id);
}
