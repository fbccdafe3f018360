import { useAppState } from '../state/app-state.ts';
import { ComparePanel } from './compare/compare-panel.tsx';
import { EventCard } from './event-card/index.tsx';
import { HighwayPanel } from './highway-panel/index.tsx';
import { PlacePanel } from './place-panel/index.tsx';
import { PostPanel } from './post-panel/index.tsx';

/** The side panel (a bottom sheet on narrow screens): a selected place, post, highway or event, else a comparison of two dates. It overlays the map. */
export function SidePanel() {
  const state = useAppState();
  const body = state.place.value ? (
    <PlacePanel />
  ) : state.selectedPost.value ? (
    <PostPanel />
  ) : state.selectedHighway.value ? (
    <HighwayPanel />
  ) : state.selectedEvent.value ? (
    <EventCard />
  ) : state.since.value ? (
    <ComparePanel />
  ) : null;
  if (!body || !state.data.value) return null;
  return (
    <aside class="side-panel" aria-label="Details">
      {body}
    </aside>
  );
}
