import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { startLoading } from './data/start-loading.ts';
import { createAppState } from './state/app-state.ts';
import { attachEscape } from './ui/escape-closes.ts';
import { bindUrl } from './state/url-sync.ts';
import { attachPlayer } from './time/player.ts';
import { parseHash } from './state/url-state.ts';

const state = createAppState(parseHash(window.location.hash));
bindUrl(state);
attachPlayer(state);
attachEscape(state);
render(<App state={state} />, document.getElementById('app')!);
startLoading(state);
