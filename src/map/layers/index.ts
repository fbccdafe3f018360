// Each map concern is a module: attach(map, data, state) adds its sources and layers, follows the
// state through its own effects, and returns a detach that removes exactly what it added.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { AppData } from '../../data/load-data.ts';
import type { AppState } from '../../state/app-state.ts';
import { attachControl } from './control.ts';
import { attachCorridor } from './corridor.ts';
import { attachDate } from './date.ts';
import { attachEvents } from './events.ts';
import { attachHighways } from './highways.ts';
import { attachPlaces } from './places.ts';
import { attachPosts } from './posts.ts';
import { attachRegions } from './regions.ts';
import type { AttachLayer } from './layer-kit.ts';

// Bottom to top.
const LAYERS: AttachLayer[] = [attachDate, attachControl, attachCorridor, attachRegions, attachHighways, attachEvents, attachPosts, attachPlaces];

export function attachLayers(map: maplibregl.Map, state: AppState): () => void {
  let detach: (() => void)[] = [];
  let attached: AppData | null = null;
  let styleReady = map.isStyleLoaded();
  let stopWatching: (() => void) | null = null;
  // A retry that brings a failed file delivers new data: the layers are drawn again from it.
  const tryAttach = () => {
    const data = state.data.peek();
    if (!styleReady || !data || data === attached) return;
    for (const d of detach.reverse()) d();
    attached = data;
    detach = LAYERS.map((attach) => attach(map, data, state));
  };
  const onLoad = () => {
    styleReady = true;
    tryAttach();
  };
  if (!styleReady) map.once('load', onLoad);
  stopWatching = effect(() => {
    if (state.data.value) tryAttach();
  });
  return () => {
    map.off('load', onLoad);
    stopWatching?.();
    for (const d of detach.reverse()) d();
    detach = [];
  };
}
