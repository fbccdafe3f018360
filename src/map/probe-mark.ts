// Marks the point a "who held this point?" card answers for, while the card is open: a ring on
// the map, so the answer is tied to a place the reader can see.
import { effect } from '@preact/signals';
import * as maplibregl from 'maplibre-gl';
import type { AppState } from '../state/app-state.ts';

export function attachProbeMark(map: maplibregl.Map, state: AppState): () => void {
  const element = document.createElement('div');
  element.className = 'probe-mark';
  element.setAttribute('aria-hidden', 'true');
  const marker = new maplibregl.Marker({ element, anchor: 'center' });
  let shown = false;
  const stop = effect(() => {
    const probe = state.probe.value;
    if (probe) {
      marker.setLngLat([probe.lon, probe.lat]);
      if (!shown) marker.addTo(map);
      shown = true;
    } else if (shown) {
      marker.remove();
      shown = false;
    }
  });
  return () => {
    stop();
    marker.remove();
  };
}
