import type * as maplibregl from 'maplibre-gl';
import { useEffect, useRef } from 'preact/hooks';
import { mapStatusChanged } from '../state/actions.ts';
import { useAppState } from '../state/app-state.ts';
import { createMap, webglAvailable } from './create-map.ts';
import { attachInteractions } from './interactions.ts';
import { attachLayers } from './layers/index.ts';
import { attachProbeMark } from './probe-mark.ts';
import { syncView, watchStatus } from './sync-view.ts';

declare global {
  interface Window {
    /** The live map, for the browser tests and for readers poking at it in the console. */
    idlibMap?: maplibregl.Map;
  }
}

export function MapView() {
  const state = useAppState();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    if (!webglAvailable()) {
      mapStatusChanged(state, 'no-webgl');
      return;
    }
    let map: maplibregl.Map;
    try {
      map = createMap(container.current, state.view.peek());
    } catch (err) {
      mapStatusChanged(state, 'failed', err instanceof Error ? err.message : String(err));
      return;
    }
    window.idlibMap = map;
    const detach = [watchStatus(map, state), syncView(map, state), attachLayers(map, state), attachInteractions(map, state), attachProbeMark(map, state)];
    return () => {
      for (const d of detach.reverse()) d();
      map.remove();
      delete window.idlibMap;
    };
  }, [state]);

  return <div ref={container} class="map" data-testid="map" aria-label="Map of north-west Syria" role="region" />;
}
