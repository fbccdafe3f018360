import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { effect } from '@preact/signals';
import { loadData, loadFirstView } from './data/load-data.ts';
import { createAppState } from './state/app-state.ts';
import { dataFailed, dataLoaded, firstViewDone, firstViewLoaded } from './state/actions.ts';
import { attachEscape } from './ui/escape-closes.ts';
import { bindUrl } from './state/url-sync.ts';
import { attachPlayer } from './time/player.ts';
import { parseHash } from './state/url-state.ts';

const state = createAppState(parseHash(window.location.hash));
bindUrl(state);
attachPlayer(state);
attachEscape(state);
render(<App state={state} />, document.getElementById('app')!);
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

// The first view first: who held what, so that the areas draw at once.
loadFirstView().then(
  (first) => {
    firstViewLoaded(state, first);
  },
  (err: unknown) => {
    dataFailed(state, message(err));
    firstViewDone(state);
  },
);

// Then everything the panels, reports and search need, once the areas are drawn (or the map
// cannot draw them), so that it does not compete with the first draw.
let restStarted = false;
const startRest = effect(() => {
  const mapCannotDraw = state.mapStatus.value === 'no-webgl' || state.mapStatus.value === 'failed';
  if (restStarted || (!state.firstViewDrawn.value && !mapCannotDraw)) return;
  restStarted = true;
  queueMicrotask(() => startRest());
  loadData().then(
    (data) => {
      dataLoaded(state, data);
    },
    (err: unknown) => {
      dataFailed(state, message(err));
    },
  );
});
