// "Events of the day": every event of the selected day, including those the reports place nowhere
// more precise than the province (those are not drawn on the map), and a filter by type that
// applies to the map's icons too.
import { eventPoint } from '../../data/event-place.ts';
import { EVENT_TYPES, type EventType } from '../../core/types.ts';
import { EVENT_COLOURS } from '../../core/theme.ts';
import { select, showPoint, toggleEventType } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords } from '../../core/days.ts';

export function DayEvents() {
  const state = useAppState();
  const data = state.data.value;
  if (!data) return null;
  const day = state.day.value;
  const hidden = state.hiddenEventTypes.value;
  const today = data.events.filter((e) => e.properties.date === day);
  const shown = today.filter((e) => !hidden.includes(e.properties.type));
  const toggle = (t: EventType) => toggleEventType(state, t);
  return (
    <details class="day-events">
      <summary>
        Events <span class="count">({shown.length})</span>
      </summary>
      <div class="day-events-body">
        <fieldset class="event-filter">
          <legend>Show on the map and in the list</legend>
          {EVENT_TYPES.map((t) => (
            <label key={t}>
              <input type="checkbox" checked={!hidden.includes(t)} onChange={() => toggle(t)} />
              <span class="swatch round" style={{ background: EVENT_COLOURS[t] }} aria-hidden="true" /> {t}
            </label>
          ))}
        </fieldset>
        <h3>{dayInWords(day)}</h3>
        {shown.length === 0 ? (
          <p class="note">
            {today.length === 0 ? 'No event of the reports on this day.' : 'Every event of this day is of a type turned off.'}
          </p>
        ) : (
          <ul aria-label="Events of the day">
            {shown.map((e) => {
              const at = eventPoint(e);
              return (
                <li key={e.properties.id}>
                  <button
                    type="button"
                    class="link"
                    data-event={e.properties.id}
                    onClick={(ev) => {
                      if (at) showPoint(state, 'event', e.properties.id, at);
                      else select(state, 'event', e.properties.id);
                      (ev.currentTarget.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
                    }}
                  >
                    <span class="swatch round" style={{ background: EVENT_COLOURS[e.properties.type] }} aria-hidden="true" />{' '}
                    {e.properties.title}
                  </button>
                  {at ? null : <span class="note"> (no precise place: not on the map)</span>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </details>
  );
}
