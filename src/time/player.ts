// Plays the days forward while `playing` is on, at `speed` days per second; stops on the last day.
// Paced by the clock on animation frames, not by a timer: the day shown is always the one due at
// that moment, so the pace holds at every speed even when a frame is slow (a slow frame skips a
// day rather than slowing the calendar down).
import { effect } from '@preact/signals';
import { setDay, stopPlaying } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { addDays, daysBetween, earlierDay } from '../core/days.ts';
import { LAST_DAY } from '../core/period.ts';

export function attachPlayer(state: AppState): () => void {
  let frame = 0;
  const stop = effect(() => {
    cancelAnimationFrame(frame);
    if (!state.playing.value) return;
    const speed = state.speed.value;
    let anchorDay = state.day.peek();
    let anchorTime = performance.now();
    let shown = anchorDay;
    const tick = (now: number) => {
      // The reader moved the slider while playing: play on from there.
      if (state.day.peek() !== shown) {
        anchorDay = state.day.peek();
        anchorTime = now;
      }
      const due = addDays(anchorDay, Math.floor(((now - anchorTime) * speed) / 1000));
      if (due !== shown) {
        shown = earlierDay(due, LAST_DAY);
        setDay(state, shown);
      }
      if (daysBetween(shown, LAST_DAY) <= 0) {
        stopPlaying(state);
        return;
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
