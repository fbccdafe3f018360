// Two-way binding between the URL hash and the app state, both ways through the URL_KEYS table.
// Writes use replaceState so that scrubbing the slider does not fill the history; a pasted or
// edited hash is read back through the actions. What the app cannot use (a value that does not
// parse, an id that names nothing) is dropped from the URL, not kept there to mislead.
import { batch, effect } from '@preact/signals';
import type { AppState } from './app-state.ts';
import { applyUrlState, formatHash, knownOnly, parseHash, resetKeys, urlStateOf, type UrlState } from './url-state.ts';

export function bindUrl(state: AppState): () => void {
  const write = (hash: string) => {
    if (hash === window.location.hash) return;
    history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  };
  const apply = (url: UrlState) => batch(() => applyUrlState(state, url));
  const stopWriting = effect(() => write(formatHash(urlStateOf(state))));
  // Once the data is there, an id that names nothing is dropped like any invalid value.
  const stopChecking = effect(() => {
    const data = state.data.value;
    if (!data) return;
    const url = urlStateOf(state);
    const known = knownOnly(url, data);
    // Only what names nothing is dropped: the camera and the other keys stay as they are.
    const unknown = Object.keys(url).filter((k) => !(k in known));
    if (unknown.length) batch(() => resetKeys(state, unknown));
  });
  const onHashChange = () => {
    const url = parseHash(window.location.hash);
    const data = state.data.peek();
    apply(data ? knownOnly(url, data) : url);
    // The state may not have changed (an invalid value replaced by what was there): write anyway.
    write(formatHash(urlStateOf(state)));
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    stopWriting();
    stopChecking();
    window.removeEventListener('hashchange', onHashChange);
  };
}
