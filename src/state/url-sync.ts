// Two-way binding between the URL hash and the app state. Writes use replaceState so that
// scrubbing the slider does not fill the history; a pasted or edited hash is read back.
import { effect } from '@preact/signals';
import { batch } from '@preact/signals';
import type { AppState } from './app-state.ts';
import { DEFAULT_DAY } from './app-state.ts';
import { formatHash, parseHash } from './url-state.ts';

export function bindUrl(state: AppState): () => void {
  let writing = false;
  const stop = effect(() => {
    const hash = formatHash({
      date: state.day.value,
      map: state.view.value,
      place: state.selectedPlace.value ?? undefined,
      post: state.selectedPost.value ?? undefined,
      highway: state.selectedHighway.value ?? undefined,
      event: state.selectedEvent.value ?? undefined,
    });
    if (hash === window.location.hash) return;
    writing = true;
    history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    writing = false;
  });
  const onHashChange = () => {
    if (writing) return;
    const next = parseHash(window.location.hash);
    batch(() => {
      state.day.value = next.date ?? DEFAULT_DAY;
      if (next.map) state.requestedView.value = next.map;
      state.selectedPlace.value = next.place ?? null;
      state.selectedPost.value = next.post ?? null;
      state.selectedHighway.value = next.highway ?? null;
      state.selectedEvent.value = next.event ?? null;
    });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    stop();
    window.removeEventListener('hashchange', onHashChange);
  };
}
