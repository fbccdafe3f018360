// Plays the days forward while `playing` is on, at `speed` days per second; stops on the last day.
// Paced by animation frames against the clock, not by a timer: a day is shown every 1/speed
// seconds on average whatever the frame rate, and never more than one day per frame, so each day
// is drawn.
import { effect } from '@preact/signals';
import { stepDay, stopPlaying } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { LAST_DAY } from './period.ts';

export function attachPlayer(state: AppState): () => void {
  let frame = 0;
  const stop = effect(() => {
    cancelAnimationFrame(frame);
    if (!state.playing.value) return;
    const interval = 1000 / state.speed.value;
    let due = performance.now() + interval;
    const tick = (now: number) => {
      if (now >= due) {
        if (state.day.peek() >= LAST_DAY) {
          stopPlaying(state);
          return;
        }
        stepDay(state, 1);
        // Behind by more than a day (a slow frame): catch up over the next frames, not at once.
        due = Math.max(due + interval, now + interval / 2);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  });
  return () => {
    stop();
    cancelAnimationFrame(frame);
  };
}
