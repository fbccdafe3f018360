// The map fetches three published files itself (the basemap, the control cells and their edges).
// One that fails is named to the reader like any data file; the map goes on drawing the rest: with
// no basemap, the data layers lie on a plain background instead of a sea-coloured one. A retry
// asks for the failed files again.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { AppState } from '../state/app-state.ts';
import { mapFileFailed } from '../state/actions.ts';
import { BASEMAP } from '../core/theme.ts';

type FetchError = Error & { status?: number; url?: string };

function reasonOf(error: FetchError | undefined): string {
  if (!error) return 'it could not be loaded';
  if (typeof error.status === 'number' && error.status > 0) return `the server answered ${error.status}`;
  if (/JSON|parse|Unexpected|Unterminated/i.test(error.message)) return 'the file is incomplete or not valid JSON';
  return error.message || 'it could not be loaded';
}

export function watchSourceFailures(map: maplibregl.Map, state: AppState): () => void {
  const failedSources = new Map<string, string>();
  const onError = (e: maplibregl.ErrorEvent) => {
    const id = (e as { sourceId?: string }).sourceId;
    const error = e.error as FetchError | undefined;
    if (!id) return;
    const source = map.getSource(id) as (maplibregl.GeoJSONSource & { _data?: { url?: string } }) | undefined;
    const url = error?.url ?? source?._data?.url ?? null;
    const file = url ? decodeURIComponent(new URL(url, document.baseURI).pathname.split('/').pop() ?? id) : id;
    if (failedSources.has(id)) return;
    failedSources.set(id, url ?? '');
    mapFileFailed(state, file, reasonOf(error));
    if (id === 'basemap' && map.getLayer('sea')) map.setPaintProperty('sea', 'background-color', BASEMAP.plain);
  };
  map.on('error', onError);
  const stopRetry = effect(() => {
    if (state.retryRound.value === 0) return;
    for (const [id, url] of failedSources) {
      const source = map.getSource(id) as maplibregl.GeoJSONSource | undefined;
      if (!source || !url) continue;
      if (id === 'basemap' && map.getLayer('sea')) map.setPaintProperty('sea', 'background-color', BASEMAP.sea);
      source.setData(url);
    }
    failedSources.clear();
  });
  return () => {
    map.off('error', onError);
    stopRetry();
  };
}
