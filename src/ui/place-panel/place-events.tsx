import { selectEvent, setDay } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayShort } from '../../core/days.ts';
import type { EventFeature } from '../../core/types.ts';

/** The events the reports place here (or the given ones), oldest first; choosing one goes to its day and card. */
export function PlaceEvents({ placeId, list }: { placeId: string; list?: EventFeature[] }) {
  const state = useAppState();
  const events =
    list ??
    (state.data.value?.events ?? [])
      .filter((e) => e.properties.place === placeId)
      .sort((a, b) => a.properties.date.localeCompare(b.properties.date));
  if (events.length === 0) return null;
  return (
    <section class="place-events" aria-label="Events here">
      <h3>Events here</h3>
      <ul>
        {events.map((e) => (
          <li key={e.properties.id}>
            <button
              type="button"
              class="link"
              onClick={() => {
                setDay(state, e.properties.date);
                selectEvent(state, e.properties.id);
              }}
            >
              {dayShort(e.properties.date)} — {e.properties.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
