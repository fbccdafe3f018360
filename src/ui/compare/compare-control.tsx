// "Compare with": a second date. The map then shows the ground that changed hands between it and
// the selected day, and the side panel and text view list it.
import { setSince } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { isIsoDay } from '../../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../core/period.ts';

export function CompareControl() {
  const state = useAppState();
  const since = state.since.value;
  const onChange = (value: string) => {
    setSince(state, isIsoDay(value) && value >= FIRST_DAY && value <= LAST_DAY ? value : null);
  };
  return (
    <div class="compare-control">
      <label>
        <span>Compare with</span>
        <input
          type="date"
          min={FIRST_DAY}
          max={LAST_DAY}
          value={since ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          aria-label="Compare with date"
        />
      </label>
      {since ? (
        <button type="button" class="close" aria-label="Stop comparing" title="Stop comparing" onClick={() => setSince(state, null)}>
          ×
        </button>
      ) : null}
    </div>
  );
}
