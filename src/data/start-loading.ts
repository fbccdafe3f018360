// Loads the published files into the app state: the first view first (who held what, so that the
// areas draw at once), then everything the panels, reports and search need, once the areas are
// drawn (or the map cannot draw them) so that it does not compete with the first draw. Each
// Retry asks again for the files that failed only; what loaded stays loaded.
import { effect } from '@preact/signals';
import { dataFailed, dataLoaded, firstViewDone, firstViewLoaded, showLoadingFiles } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { loadData, loadFirstView, type FileCache } from './load-data.ts';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function startLoading(state: AppState): () => void {
  const cache: FileCache = new Map();
  const pending = { first: [] as string[], rest: [] as string[] };
  const showPending = () => {
    showLoadingFiles(state, [...pending.first, ...pending.rest]);
  };

  const loadFirst = () =>
    loadFirstView(cache, (names) => {
      pending.first = names;
      showPending();
    }).then(
      (first) => firstViewLoaded(state, first),
      (err: unknown) => {
        dataFailed(state, message(err));
        firstViewDone(state);
      },
    );
  const loadRest = () =>
    loadData(cache, (names) => {
      pending.rest = names;
      showPending();
    }).then(
      (data) => dataLoaded(state, data),
      (err: unknown) => dataFailed(state, message(err)),
    );

  void loadFirst();
  let restStarted = false;
  const stopRest = effect(() => {
    const mapCannotDraw = state.mapStatus.value === 'no-webgl' || state.mapStatus.value === 'failed';
    if (restStarted || (!state.firstViewDrawn.value && !mapCannotDraw)) return;
    restStarted = true;
    void loadRest();
  });
  const stopRetry = effect(() => {
    if (state.retryRound.value === 0) return;
    if (state.firstView.peek()?.failed.length) void loadFirst();
    if (state.data.peek()?.failed.length) void loadRest();
  });
  return () => {
    stopRest();
    stopRetry();
  };
}
