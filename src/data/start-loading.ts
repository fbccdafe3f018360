// Loads the published files into the app state, and again, for the files that failed only, each
// time the reader asks for a retry. What loaded stays loaded between rounds.
import { effect } from '@preact/signals';
import type { AppState } from '../state/app-state.ts';
import { loadData, type DataFile } from './load-data.ts';

export function startLoading(state: AppState): () => void {
  const cache = new Map<DataFile, unknown>();
  let round = 0;
  return effect(() => {
    state.retryRound.value; // subscribes: a retry starts a new round
    const mine = ++round;
    const failedBefore = state.data.peek()?.failed.length ?? Infinity;
    if (failedBefore === 0) return;
    loadData(cache, (names) => {
      if (mine === round) state.loadingFiles.value = names;
    }).then(
      (data) => {
        if (mine === round) state.data.value = data;
      },
      (err: unknown) => {
        if (mine === round) state.dataError.value = err instanceof Error ? err.message : String(err);
      },
    );
  });
}
