// Mirrors a "which one is selected" signal into the boolean feature state `selected` of a source,
// touching only the feature that lost it and the one that gained it.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';

export function mirrorSelection(map: maplibregl.Map, source: string, signal: { value: string | null }, flag = 'selected'): () => void {
  let previous: string | null = null;
  return effect(() => {
    const id = signal.value;
    if (!map.getSource(source)) return;
    if (previous) map.setFeatureState({ source, id: previous }, { [flag]: false });
    if (id) map.setFeatureState({ source, id }, { [flag]: true });
    previous = id;
  });
}
