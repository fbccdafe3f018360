// A small per-day histogram of the reported events above the slider track; a bar is a button
// that jumps to that day.
import { useComputed } from '@preact/signals';
import { setDay } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayShort, daysBetween, eachDay } from '../../time/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../time/period.ts';

const DAYS = eachDay(FIRST_DAY, LAST_DAY);
const TOTAL = DAYS.length - 1;

export function EventTicks() {
  const state = useAppState();
  const counts = useComputed(() => {
    const byDay = new Map<string, number>();
    for (const e of state.data.value?.events ?? []) byDay.set(e.properties.date, (byDay.get(e.properties.date) ?? 0) + 1);
    return byDay;
  });
  const max = Math.max(1, ...counts.value.values());
  return (
    <div class="ticks" aria-label="Reported events per day">
      {[...counts.value].map(([day, n]) => (
        <button
          type="button"
          key={day}
          class={day === state.day.value ? 'tick tick-current' : 'tick'}
          style={{ left: `${(daysBetween(FIRST_DAY, day) / TOTAL) * 100}%`, height: `${25 + (75 * n) / max}%` }}
          title={`${dayShort(day)}: ${n} event${n > 1 ? 's' : ''}`}
          aria-label={`${dayShort(day)}: ${n} reported event${n > 1 ? 's' : ''}`}
          tabIndex={-1}
          onClick={() => setDay(state, day)}
        />
      ))}
    </div>
  );
}
