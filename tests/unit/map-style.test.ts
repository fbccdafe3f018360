// The style the app runs with, checked against MapLibre's style specification: the embedded
// basemap plus every source and layer the map modules add, recorded from a stand-in map.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type * as maplibregl from 'maplibre-gl';
import { beforeAll, expect, test } from 'vitest';
import type { AppData, FirstView } from '../../src/data/load-data.ts';
import { createAppState } from '../../src/state/app-state.ts';

beforeAll(() => {
  // The modules name their data files relative to the page.
  (globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' };
  // The front layer fetches its file once added; here there is no server, and the layers it adds
  // after the file arrives are not what this test checks: the fetch waits for ever, quietly.
  globalThis.fetch = () => new Promise<Response>(() => {});
});

/** Records what a module adds; icons count as present so no canvas is needed. */
function recordingMap(style: StyleSpecification) {
  const layers: LayerSpecification[] = [...style.layers];
  const sources: Record<string, SourceSpecification> = { ...style.sources };
  const map = {
    addSource: (id: string, source: SourceSpecification) => {
      sources[id] = source;
    },
    addLayer: (layer: LayerSpecification, before?: string) => {
      const at = before ? layers.findIndex((l) => l.id === before) : -1;
      if (at >= 0) layers.splice(at, 0, layer);
      else layers.push(layer);
    },
    hasImage: () => true,
    addImage: () => undefined,
    setFeatureState: () => undefined,
    getLayer: (id: string) => layers.find((l) => l.id === id),
    getSource: (id: string) => sources[id],
    removeLayer: () => undefined,
    removeSource: () => undefined,
    on: () => undefined,
    off: () => undefined,
    once: () => undefined,
  };
  return { map: map as unknown as maplibregl.Map, style: () => ({ ...style, sources, layers }) };
}

test('the runtime style (basemap and every data layer) is valid by the MapLibre style spec', async () => {
  const { basemapStyle } = await import('../../src/map/basemap-style.ts');
  const { FIRST_VIEW_LAYERS, LAYERS } = await import('../../src/map/layers/index.ts');
  const { map, style } = recordingMap(basemapStyle());
  const state = createAppState();
  const first: FirstView = {
    timeline: {
      start: '2019-12-01',
      end: '2020-03-06',
      sides: ['government', 'opposition', 'turkish_backed', 'sdf'],
      places: [],
      initial: [],
      changes: [],
      edges: [],
    },
    corridor: { type: 'FeatureCollection', features: [] },
    failed: [],
  };
  const data = {
    places: [],
    placesById: new Map(),
    highways: [],
    regions: [],
    posts: [],
    events: [],
    articles: [],
    articlesById: new Map(),
    excerpts: {},
    setAside: [],
    failed: [],
    factsByPlace: new Map(),
    controlFacts: { start: '2019-12-01', end: '2020-03-06', settlements: [] },
  } as unknown as AppData;
  const detach = [...FIRST_VIEW_LAYERS.map((a) => a(map, first, state)), ...LAYERS.map((a) => a(map, data, state))];
  const full = style();
  expect(validateStyleMin(full).map((e) => e.message)).toEqual([]);
  // Every module added something, and no layer reads the day from global state (a step would re-tile).
  expect(full.layers.length).toBeGreaterThan(basemapStyle().layers.length + 10);
  const readsGlobalState = full.layers.filter((l) =>
    JSON.stringify({ f: (l as { filter?: unknown }).filter, l: (l as { layout?: unknown }).layout }).includes('global-state'),
  );
  expect(readsGlobalState.map((l) => l.id)).toEqual([]);
  for (const d of detach) d();
});
