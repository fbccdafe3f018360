// What the reader is told about the data itself: which files are still loading, which could not
// be loaded (with a Retry; the rest of the map is drawn without them), and what the app's checks
// set aside or corrected. It sits at the top of the map, above the legend and every card, so it
// is never covered.
import { retryFailedFiles } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';

/** What each published file holds, in the reader's words. */
const FILE_WORDS: Record<string, string> = {
  'places.geojson': 'places',
  'highways.geojson': 'highways',
  'regions.geojson': 'regions',
  'observation-posts.geojson': 'observation posts',
  'control.geojson': 'control areas',
  'control-cells.geojson': 'control cells',
  'control-facts.json': 'control history',
  'control-timeline.json': 'control by day',
  'control-edges.geojson': 'front lines',
  'events.geojson': 'events',
  'articles.json': 'reports',
  'excerpts.json': 'report excerpts',
  'basemap.geojson': 'basemap (land, coast and borders)',
  'm4-corridor.geojson': 'M4 corridor',
};

const words = (file: string) => FILE_WORDS[file] ?? file;

export function DataStatus() {
  const state = useAppState();
  const data = state.data.value;
  const loading = state.loadingFiles.value;
  const failed = [...(state.firstView.value?.failed ?? []), ...(data?.failed ?? []), ...state.mapFileFailures.value].map((f) => ({
    file: f.file,
    reason: f.reason,
  }));
  const setAside = data?.setAside ?? [];
  if (loading.length === 0 && failed.length === 0 && setAside.length === 0 && !state.dataError.value) return null;
  return (
    <div class="data-status">
      {loading.length > 0 ? (
        <p role="status" class="data-loading">
          <span class="spinner" aria-hidden="true" /> Loading {loading.map(words).join(', ')}…
        </p>
      ) : null}
      {failed.length > 0 ? (
        <div role="alert" class="data-failed">
          <p>
            Not loaded:{' '}
            {failed.map((f, i) => (
              <span key={f.file}>
                {i > 0 ? '; ' : ''}
                <strong>{words(f.file)}</strong> ({f.file}: {f.reason})
              </span>
            ))}
            . The map shows everything else.
          </p>
          <button type="button" onClick={() => retryFailedFiles(state)}>
            Retry
          </button>
        </div>
      ) : null}
      {state.dataError.value ? (
        <p role="alert" class="data-failed">
          The data could not be read: {state.dataError.value}
        </p>
      ) : null}
      {setAside.length > 0 ? (
        <details class="data-set-aside">
          <summary>
            {setAside.length} {setAside.length === 1 ? 'item' : 'items'} of the data set aside or corrected by the app's checks
          </summary>
          <ul>
            {setAside.map((s, i) => (
              <li key={i}>
                {s.file}: {s.item}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
