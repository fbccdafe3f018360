// The front line: where two sides' ground meets. front.geojson is loaded once into its own source;
// each feature is shown by the feature state `on` for the selected day, and a day step touches only
// the features whose visibility changes (no global-state filter: that would re-tile the source).
import { effect } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { loadFront, type FrontCollection } from '../../data/lazy-data.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const FRONT_SOURCE = 'front';
export const FRONT_CASING = 'front-casing';
export const FRONT_LINE = 'front-line';

/** Ids (indices) of the front features valid on a day. */
export function frontOn(front: FrontCollection, day: string): Set<number> {
  const on = new Set<number>();
  front.features.forEach((f, i) => {
    if (f.properties.from <= day && (f.properties.to === null || day < f.properties.to)) on.add(i);
  });
  return on;
}

export const attachFront: AttachLayer = (map, _data, state) => {
  let stop: (() => void) | null = null;
  let detached = false;
  const visible: ['boolean', ['feature-state', 'on'], false] = ['boolean', ['feature-state', 'on'], false];
  loadFront().then(
    (front) => {
      if (detached) return;
      const withIds: FeatureCollection = { type: 'FeatureCollection', features: front.features.map((f, i) => ({ ...f, id: i })) };
      map.addSource(FRONT_SOURCE, { type: 'geojson', data: withIds });
      // A white casing under a dark dashed line: unlike any area edge, and readable on every fill.
      const before = map.getLayer('highway-casing') ? 'highway-casing' : undefined;
      map.addLayer(
        {
          id: FRONT_CASING,
          type: 'line',
          source: FRONT_SOURCE,
          layout: { 'line-join': 'round' },
          paint: {
            'line-color': '#ffffff',
            'line-width': ['interpolate', ['linear'], ['zoom'], 7, 3, 12, 6],
            'line-opacity': ['case', visible, 0.9, 0],
          },
        },
        before,
      );
      map.addLayer(
        {
          id: FRONT_LINE,
          type: 'line',
          source: FRONT_SOURCE,
          layout: { 'line-join': 'round' },
          paint: {
            'line-color': '#1f1b24',
            'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.4, 12, 3],
            'line-dasharray': [3, 1.5],
            'line-opacity': ['case', visible, 1, 0],
          },
        },
        before,
      );
      let shown = new Set<number>();
      stop = effect(() => {
        const next = frontOn(front, state.day.value);
        for (const id of shown) if (!next.has(id)) map.setFeatureState({ source: FRONT_SOURCE, id }, { on: false });
        for (const id of next) if (!shown.has(id)) map.setFeatureState({ source: FRONT_SOURCE, id }, { on: true });
        shown = next;
      });
    },
    (err: unknown) => console.warn(err),
  );
  return () => {
    detached = true;
    stop?.();
    removeAll(map, [FRONT_LINE, FRONT_CASING], [FRONT_SOURCE]);
  };
};
