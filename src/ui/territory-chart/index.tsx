// Territory by day: a stacked-area chart along the time bar, on the slider's own x scale (its
// left and right insets are the range thumb's half-width, like the event ticks), marking the
// selected day. Hover, or focus and the arrow keys, show a day's km² per side; Enter selects it.
import { useSignal } from '@preact/signals';
import type { TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { ensureTerritory } from '../../data/lazy-data.ts';
import { SIDES } from '../../core/types.ts';
import { SIDE_COLOURS, SIDE_SHORT } from '../../core/theme.ts';
import { setDay } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayShort, daysBetween, eachDay } from '../../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../core/period.ts';
import { km2 } from '../compare/use-comparison.ts';
import { stackPaths } from './stack.ts';

const DAYS = eachDay(FIRST_DAY, LAST_DAY);
const TOTAL = DAYS.length - 1;

export function TerritoryChart() {
  const state = useAppState();
  /** The day whose figures are shown (hover or keyboard); null = none shown. */
  const inspected = useSignal<string | null>(null);
  // Not needed for the first draw: fetched once the map's own data is in.
  useEffect(() => {
    if (state.data.value) ensureTerritory(state);
  }, [state, state.data.value]);
  const rows = state.territory.value;
  // The bands do not change with the day: only the marks move on a day step.
  const bands = useMemo(() => (rows ? stackPaths(rows) : []), [rows]);
  const byDay = useMemo(() => new Map((rows ?? []).map((r) => [r.date, r])), [rows]);
  if (!rows || rows.length !== DAYS.length) return <div class="territory-chart" aria-hidden="true" />;
  const day = state.day.value;
  const shown = inspected.value ? byDay.get(inspected.value) : undefined;
  const x = (iso: string) => daysBetween(FIRST_DAY, iso);

  const dayAt = (e: TargetedPointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const i = Math.round(((e.clientX - r.left) / r.width) * TOTAL);
    return DAYS[Math.max(0, Math.min(TOTAL, i))]!;
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const from = inspected.value ?? day;
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step) inspected.value = DAYS[Math.max(0, Math.min(TOTAL, x(from) + step))]!;
    else if (e.key === 'Enter') setDay(state, from);
    else return;
    e.preventDefault();
  };
  const today = byDay.get(day);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable chart, not a form section; a fieldset would neither lay out nor read right
    <div
      class="territory-chart"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart takes arrow keys and Enter (see onKeyDown), so it must take focus
      tabIndex={0}
      role="group"
      aria-label={`Territory by day, km² per side. ${today ? `On ${dayShort(day)}: ${SIDES.map((s) => `${SIDE_SHORT[s]} ${km2(today[s])}`).join(', ')}.` : ''} Arrow keys show other days, Enter selects one.`}
      data-days={rows.length}
      onPointerMove={(e) => (inspected.value = dayAt(e))}
      onPointerLeave={() => (inspected.value = null)}
      onClick={(e) => setDay(state, dayAt(e as unknown as TargetedPointerEvent<HTMLDivElement>))}
      onFocus={() => (inspected.value = day)}
      onBlur={() => (inspected.value = null)}
      onKeyDown={onKeyDown}
    >
      <svg viewBox={`0 0 ${TOTAL} 100`} preserveAspectRatio="none" aria-hidden="true">
        {bands.map(({ side, d }) => (
          <path key={side} d={d} fill={SIDE_COLOURS[side]} fill-opacity={0.55} />
        ))}
        {state.since.value ? (
          <line class="since-mark" x1={x(state.since.value)} x2={x(state.since.value)} y1={0} y2={100} vector-effect="non-scaling-stroke" />
        ) : null}
        <line class="day-mark" x1={x(day)} x2={x(day)} y1={0} y2={100} vector-effect="non-scaling-stroke" />
        {shown ? (
          <line class="inspect-mark" x1={x(shown.date)} x2={x(shown.date)} y1={0} y2={100} vector-effect="non-scaling-stroke" />
        ) : null}
      </svg>
      <p class={`chart-readout${shown && x(shown.date) > TOTAL / 2 ? ' at-left' : ''}`} aria-live="polite" data-date={shown?.date ?? ''}>
        {shown ? (
          <>
            <strong>{dayShort(shown.date)}</strong>
            {SIDES.filter((s) => shown[s] > 0).map((s) => (
              <span key={s}>
                {' '}
                <span class="swatch" style={{ background: SIDE_COLOURS[s] }} aria-hidden="true" />
                {SIDE_SHORT[s]} {km2(shown[s])}
              </span>
            ))}
          </>
        ) : null}
      </p>
    </div>
  );
}
