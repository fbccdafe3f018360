// Where a day sits along the time bar's track, as a percentage of the track's inner width (the
// marks share the slider's inset, so a mark and the thumb on its day line up).
import { daysBetween } from '../../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../core/period.ts';

const TOTAL = daysBetween(FIRST_DAY, LAST_DAY);

export function trackPercent(iso: string): string {
  return `${(daysBetween(FIRST_DAY, iso) / TOTAL) * 100}%`;
}
