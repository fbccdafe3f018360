import { showTextView } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';

/** What shows instead of a blank page when the map cannot draw (no WebGL) or reports an error. */
export function MapFallback() {
  const state = useAppState();
  const status = state.mapStatus.value;
  if (status === 'no-webgl') {
    return (
      <div class="map-fallback" role="alert">
        <h2>The map needs WebGL</h2>
        <p>
          This browser cannot draw the map (WebGL is off or unsupported). Everything the map shows is also in the text view: the control of
          each place on each day, the events and the reports.
        </p>
        <button type="button" onClick={() => showTextView(state, true)}>
          Open the text view
        </button>
      </div>
    );
  }
  const message = state.mapMessage.value;
  if (status === 'failed' || message) {
    return (
      <div class={status === 'failed' ? 'map-fallback' : 'map-notice'} role="status">
        <p>
          {status === 'failed' ? 'The map could not start: ' : 'The map reported a problem: '}
          {message}
        </p>
      </div>
    );
  }
  return null;
}
