// What a printed page says above the map (hidden on screen, where the top bar and the time bar
// say it): the title and the day the map shows.
import { useAppState } from '../../state/app-state.ts';
import { dayInWords } from '../../core/days.ts';
import { keyDayOn } from '../../time/key-days.ts';

export function PrintCaption() {
  const state = useAppState();
  const day = state.day.value;
  const keyed = keyDayOn(day);
  return (
    <header class="print-caption">
      <h1>The battle for Idlib: who held the ground on {dayInWords(day)}</h1>
      {keyed ? <p>That day, {keyed.label}.</p> : null}
    </header>
  );
}
