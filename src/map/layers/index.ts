// Each map concern is a module with attach(map, state) → detach. Layers are added once the style
// has loaded; each follows the state through its own effect.
import type * as maplibregl from 'maplibre-gl';
import type { AppState } from '../../state/app-state.ts';

export type AttachLayer = (map: maplibregl.Map, state: AppState) => () => void;

const LAYERS: AttachLayer[] = [];

export function attachLayers(map: maplibregl.Map, state: AppState): () => void {
  let detach: (() => void)[] = [];
  const onLoad = () => {
    detach = LAYERS.map((attach) => attach(map, state));
  };
  if (map.isStyleLoaded()) onLoad();
  else map.once('load', onLoad);
  return () => {
    map.off('load', onLoad);
    for (const d of detach.reverse()) d();
  };
}
