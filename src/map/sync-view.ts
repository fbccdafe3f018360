// Keeps the map's camera and the app state in step: the map reports where the reader moved it;
// a requested view (from the URL or a link in the text) moves the map.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { mapFailed, mapStatusChanged, viewReached, viewRequestTaken } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { moveCamera } from './camera.ts';
import { viewOf } from './create-map.ts';

export function syncView(map: maplibregl.Map, state: AppState): () => void {
  const onMoveEnd = () => {
    viewReached(state, viewOf(map));
  };
  map.on('moveend', onMoveEnd);
  let frame = 0;
  const stop = effect(() => {
    const target = state.requestedView.value;
    if (!target) return;
    viewRequestTaken(state);
    // The panel for what was chosen renders after this effect: measure it on the next frame.
    window.cancelAnimationFrame(frame);
    frame = window.requestAnimationFrame(() => moveCamera(map, target));
  });
  return () => {
    window.cancelAnimationFrame(frame);
    map.off('moveend', onMoveEnd);
    stop();
  };
}

/** Reports the map's state to the UI: ready once loaded; any map error as a visible message. */
export function watchStatus(map: maplibregl.Map, state: AppState): () => void {
  const onLoad = () => {
    mapStatusChanged(state, 'ready');
  };
  const onError = (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
    // A file the map failed to fetch is named by watchSourceFailures, with the data files.
    if (e.sourceId) return;
    // A listener stops maplibre printing to the console; the message shows in the page instead.
    mapFailed(state, e.error?.message ?? 'The map hit an error.');
  };
  map.on('load', onLoad);
  map.on('error', onError);
  return () => {
    map.off('load', onLoad);
    map.off('error', onError);
  };
}
