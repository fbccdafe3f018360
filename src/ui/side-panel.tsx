import { useAppState } from '../state/app-state.ts';
import { ComparePanel } from './compare/compare-panel.tsx';
import { EventCard } from './event-card/index.tsx';
import { PlacePanel } from './place-panel/index.tsx';

/** The side panel (a bottom sheet on narrow screens): a selected place or event, else a comparison of two dates. */
export function SidePanel() {
  const state = useAppState();
  const open = state.place.value !== null || state.selectedEvent.value !== null || state.since.value !== null;
  if (!open) return null;
  return (
    <aside class="side-panel" aria-label="Details">
      {state.place.value ? <PlacePanel /> : state.selectedEvent.value ? <EventCard /> : <ComparePanel />}
    </aside>
  );
}
