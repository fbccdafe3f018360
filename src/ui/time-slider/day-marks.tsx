// Below the track: the first of each month, and the key days as buttons (in the tab order, each
// named in full) that move the slider there.
import { setDay } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, eachDay } from '../../core/days.ts';
import { KEY_DAYS } from '../../time/key-days.ts';
import { FIRST_DAY, LAST_DAY } from '../../core/period.ts';
import { trackPercent } from './track-position.ts';

const MONTH_STARTS = eachDay(FIRST_DAY, LAST_DAY).filter((d) => d.endsWith('-01'));
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function MonthMarks() {
  return (
    <div class="month-marks" aria-hidden="true">
      {MONTH_STARTS.map((d) => (
        <span key={d} class="month-mark" style={{ left: trackPercent(d) }}>
          {MONTH_NAMES[Number(d.slice(5, 7)) - 1]}
          {d.slice(5, 7) === '01' || d === FIRST_DAY ? ` ${d.slice(0, 4)}` : ''}
        </span>
      ))}
    </div>
  );
}

export function KeyDayMarks() {
  const state = useAppState();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of buttons positioned on the slider's scale, not a form section
    <div class="key-days" role="group" aria-label="Key days">
      {KEY_DAYS.map((k, i) => {
        const name = `${dayInWords(k.date)}: ${k.label}`;
        return (
          <button
            type="button"
            key={k.date}
            class="key-day"
            style={{ left: trackPercent(k.date) }}
            aria-label={name}
            aria-current={state.day.value === k.date ? 'date' : undefined}
            title={name}
            data-day={k.date}
            onClick={() => setDay(state, k.date)}
          >
            {i + 1}
          </button>
        );
      })}
    </div>
  );
}
