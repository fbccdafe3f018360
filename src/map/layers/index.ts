// Each map concern is a module: attach(map, data, state) adds its sources and layers, follows the
// state through its own effects, and returns a detach that removes exactly what it added.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import { firstViewDone } from '../../state/actions.ts';
import type { AppData, FirstView } from '../../data/load-data.ts';
import type { AppState } from '../../state/app-state.ts';
import { attachCompare } from './compare.ts';
import { attachContext } from './context.ts';
import { attachControl } from './control.ts';
import { attachCorridor } from './corridor.ts';
import { attachEvents } from './events.ts';
import { attachFront } from './front.ts';
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
// The front and the compared cells load their own files after the first draw and slot in below the roads.
export const LAYERS: AttachLayer[] = [
  attachRegions,
  attachContext,
  attachHighways,
  attachPlaces,
  attachEvents,
  attachPosts,
  attachCompare,
  attachFront,
];

export function attachLayers(map: maplibregl.Map, state: AppState): () => void {
  let detachFirst: (() => void)[] = [];
  let detachRest: (() => void)[] = [];
  // What is drawn: a Retry that brings a failed file delivers a new first view or new data, and
  // the layers are drawn again from it (the rest again too after a new first view, to stay on top).
  let attachedFirst: FirstView | null = null;
  let attachedData: AppData | null = null;
  let styleReady = map.isStyleLoaded();
  const onFirstIdle = () => {
    // For the benchmark's cold-start figure (and anyone profiling a load).
    performance.mark('idlib:first-view-drawn');
    firstViewDone(state);
  };
  const tryAttach = () => {
    if (!styleReady) return;
    const first = state.firstView.peek();
    if (first && first !== attachedFirst) {
      for (const d of [...detachRest.reverse(), ...detachFirst.reverse()]) d();
      detachRest = [];
      attachedData = null;
      attachedFirst = first;
      detachFirst = FIRST_VIEW_LAYERS.map((attach) => attach(map, first, state));
      // The day's areas are drawn once the map is next idle: then the rest may load.
      map.once('idle', onFirstIdle);
    }
    const data = state.data.peek();
    const firstSettled = detachFirst.length > 0 || state.firstViewDrawn.peek();
    if (data && firstSettled && data !== attachedData) {
      for (const d of detachRest.reverse()) d();
      attachedData = data;
      detachRest = LAYERS.map((attach) => attach(map, data, state));
    }
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
