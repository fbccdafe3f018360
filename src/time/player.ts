// Plays the days forward while `playing` is on, at `speed` days per second; stops on the last day.
import { effect } from '@preact/signals';
import { pause, setDay } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { addDays } from './days.ts';
import { LAST_DAY } from './period.ts';

export function attachPlayer(state: AppState): () => void {
  let timer = 0;
  const stop = effect(() => {
    window.clearInterval(timer);
    if (!state.playing.value) return;
    const speed = state.speed.value;
    timer = window.setInterval(() => {
      const next = addDays(state.day.peek(), 1);
      if (next > LAST_DAY) {
        pause(state);
        return;
      }
      setDay(state, next);
    }, 1000 / speed);
  });
  return () => {
    stop();
    window.clearInterval(timer);
  };
}
