import type * as maplibregl from 'maplibre-gl';
import { useEffect, useRef } from 'preact/hooks';
import { mapStatusChanged } from '../state/actions.ts';
import { useAppState } from '../state/app-state.ts';
import { createMap, webglAvailable } from './create-map.ts';
import { attachInteractions } from './interactions.ts';
import { attachLayers } from './layers/index.ts';
import { attachProbeMark } from './probe-mark.ts';
import { watchSourceFailures } from './source-failures.ts';
import { syncView, watchStatus } from './sync-view.ts';

export function MapView() {
  const state = useAppState();
  const container = useRef<HTMLElement>(null);

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
    const detach = [
      watchStatus(map, state),
      watchSourceFailures(map, state),
      syncView(map, state),
      attachLayers(map, state),
      attachInteractions(map, state),
      attachProbeMark(map, state),
    ];
    return () => {
      for (const d of detach.reverse()) d();
      map.remove();
      delete window.idlibMap;
    };
  }, [state]);

  return <section ref={container} class="map" data-testid="map" aria-label="Map of north-west Syria" />;
}
