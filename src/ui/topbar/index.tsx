import { useSignal } from '@preact/signals';
import { showTextView } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { DayEvents } from '../day-events/index.tsx';
import { PlaceSearch } from '../place-search/index.tsx';
import { SharePanel } from '../share/index.tsx';

export function TopBar() {
  const state = useAppState();
  const sharing = useSignal(false);
  return (
    <header class="topbar">
      <h1 class="brand">
        Idlib 2020 <span class="brand-sub">The battle for Idlib, Dec 2019 – 6 Mar 2020</span>
      </h1>
      <div class="topbar-actions">
        <PlaceSearch />
        <DayEvents />
        <button type="button" aria-pressed={state.textView.value} onClick={() => showTextView(state, !state.textView.value)}>
          {state.textView.value ? 'Map view' : 'Text view'}
        </button>
        <button type="button" aria-expanded={sharing.value} aria-haspopup="dialog" onClick={() => (sharing.value = !sharing.value)}>
          Share
        </button>
        <a class="button" href="data/index.html" title="The published data files">
          Data
        </a>
      </div>
      {sharing.value ? <SharePanel onClose={() => (sharing.value = false)} /> : null}
    </header>
  );
}
