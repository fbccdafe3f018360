import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { loadData } from './data/load-data.ts';
import { createAppState } from './state/app-state.ts';
import { dataFailed, dataLoaded } from './state/actions.ts';
import { bindUrl } from './state/url-sync.ts';
import { attachEscape } from './ui/escape-closes.ts';
import { attachPlayer } from './time/player.ts';
import { parseHash } from './state/url-state.ts';

const state = createAppState(parseHash(window.location.hash));
bindUrl(state);
attachPlayer(state);
attachEscape(state);
render(<App state={state} />, document.getElementById('app')!);
loadData().then(
  (data) => {
    dataLoaded(state, data);
  },
  (err: unknown) => {
    dataFailed(state, err instanceof Error ? err.message : String(err));
  },
);
