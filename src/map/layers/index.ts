// Each map concern is a module: attach(map, data, state) adds its sources and layers, follows the
// state through its own effects, and returns a detach that removes exactly what it added.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { firstViewDone } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import { attachControl } from './control.ts';
import { attachCorridor } from './corridor.ts';
import { attachEvents } from './events.ts';
import { attachHighways } from './highways.ts';
import { attachPlaces } from './places.ts';
import { attachPosts } from './posts.ts';
import { attachRegions } from './regions.ts';
import type { AttachFirstViewLayer, AttachLayer } from './layer-kit.ts';

// Bottom to top. The first view's layers go on first; the rest waits for them (or for word that
// the first view failed), so the areas always lie beneath places, events and posts.
// Places come before events and posts: MapLibre places the symbols of the top layer first, so the
// icons (always shown) claim their room and the labels then move aside, never under an icon.
export const FIRST_VIEW_LAYERS: AttachFirstViewLayer[] = [attachControl, attachCorridor];
export const LAYERS: AttachLayer[] = [attachRegions, attachHighways, attachPlaces, attachEvents, attachPosts];

export function attachLayers(map: maplibregl.Map, state: AppState): () => void {
  let detachFirst: (() => void)[] = [];
  let detachRest: (() => void)[] = [];
  let styleReady = map.isStyleLoaded();
  const onFirstIdle = () => {
    // For the benchmark's cold-start figure (and anyone profiling a load).
    performance.mark('idlib:first-view-drawn');
    firstViewDone(state);
  };
  const tryAttach = () => {
    if (!styleReady) return;
    const first = state.firstView.peek();
    if (first && !detachFirst.length) {
      detachFirst = FIRST_VIEW_LAYERS.map((attach) => attach(map, first, state));
      // The day's areas are drawn once the map is next idle: then the rest may load.
      map.once('idle', onFirstIdle);
    }
    const data = state.data.peek();
    const firstSettled = detachFirst.length > 0 || state.firstViewDrawn.peek();
    if (data && firstSettled && !detachRest.length) detachRest = LAYERS.map((attach) => attach(map, data, state));
  };
  const onLoad = () => {
    styleReady = true;
    tryAttach();
  };
  if (!styleReady) map.once('load', onLoad);
  const stopWatching = effect(() => {
    void state.firstView.value;
    void state.firstViewDrawn.value;
    void state.data.value;
    tryAttach();
  });
  return () => {
    map.off('load', onLoad);
    map.off('idle', onFirstIdle);
    stopWatching();
    for (const d of [...detachRest.reverse(), ...detachFirst.reverse()]) d();
    detachFirst = [];
    detachRest = [];
  };
}
