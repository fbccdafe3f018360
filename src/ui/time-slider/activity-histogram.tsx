// Above the track, per day: how many settlements changed hands (grey, from the control facts) and
// how many events the reports tell (orange, stacked on top). December and January show the front
// moving even where the reports say little. A bar jumps to its day (by pointer; the keyboard has
// the slider itself and the key days).
import { useComputed } from '@preact/signals';
import { setDay } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayShort } from '../../core/days.ts';
import { plural } from '../words/plural.ts';
import { trackPercent } from './track-position.ts';

interface DayActivity {
  day: string;
  changes: number;
  events: number;
}

export function ActivityHistogram() {
  const state = useAppState();
  const activity = useComputed(() => {
    const data = state.data.value;
    const byDay = new Map<string, DayActivity>();
    const at = (day: string) => byDay.get(day) ?? byDay.set(day, { day, changes: 0, events: 0 }).get(day)!;
    for (const s of data?.controlFacts.settlements ?? []) for (const c of s.changes) at(c.date).changes++;
    for (const e of data?.events ?? []) at(e.properties.date).events++;
    return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
  });
  const max = Math.max(1, ...activity.value.map((a) => a.changes + a.events));
  const scale = (n: number) => `${(100 * n) / max}%`;
  return (
    <div class="histogram" aria-hidden="true" data-max={max}>
      {activity.value.map((a) => {
        const words = `${dayShort(a.day)}: ${plural(a.changes, 'settlement')} changed hands, ${plural(a.events, 'reported event')}`;
        return (
          <button
            type="button"
            key={a.day}
            class={a.day === state.day.value ? 'day-bar day-bar-current' : 'day-bar'}
            style={{ left: trackPercent(a.day), height: scale(a.changes + a.events) }}
            data-day={a.day}
            data-changes={a.changes}
            data-events={a.events}
            title={words}
            tabIndex={-1}
            onClick={() => setDay(state, a.day)}
          >
            <span class="bar-events" style={{ height: `${(100 * a.events) / Math.max(1, a.changes + a.events)}%` }} />
          </button>
        );
      })}
    </div>
  );
}
