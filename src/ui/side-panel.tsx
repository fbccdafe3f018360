import { useAppState } from '../state/app-state.ts';
import { EventCard } from './event-card/index.tsx';
import { PlacePanel } from './place-panel/index.tsx';

/** The side panel (a bottom sheet on narrow screens): a selected place or event. */
export function SidePanel() {
  const state = useAppState();
  const open = state.place.value !== null || state.selectedEvent.value !== null;
  if (!open) return null;
  return (
    <aside class="side-panel" aria-label="Details">
      {state.place.value ? <PlacePanel /> : <EventCard />}
    </aside>
  );
}
