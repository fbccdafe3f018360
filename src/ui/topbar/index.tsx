import { useAppState } from '../../state/app-state.ts';
import { dayInWords } from '../../time/days.ts';

export function TopBar() {
  const state = useAppState();
  return (
    <header class="topbar">
      <h1 class="brand">
        Idlib 2020 <span class="brand-sub">The battle for Idlib, Dec 2019 – 6 Mar 2020</span>
      </h1>
      <p class="topbar-date" aria-live="polite">
        {dayInWords(state.day.value)}
      </p>
    </header>
  );
}
