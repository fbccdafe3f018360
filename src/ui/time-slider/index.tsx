// The date slider: one step per day. Keyboard: arrows = a day, PageUp/PageDown = a week,
// Home/End = first/last day. The date is said in words (aria-valuetext) and shown beside it, with
// what happened if it is a key day. Above the track, a histogram of activity; below, months and key days.
import { plural } from '../words/plural.ts';
import { useComputed } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { setDay, setSpeed, stepDay, togglePlay } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, daysBetween, isoFromDayNumber, dayNumber } from '../../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../core/period.ts';
import { ActivityHistogram } from './activity-histogram.tsx';
import { KeyDayMarks, MonthMarks } from './day-marks.tsx';
import { keyDayOn } from '../../time/key-days.ts';
import { CompareControl } from '../compare/compare-control.tsx';
import { TerritoryChart } from '../territory-chart/index.tsx';

const TOTAL = daysBetween(FIRST_DAY, LAST_DAY);
const SPEEDS = [1, 2, 4, 8];
const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 7, PageDown: -7 };

export function TimeSlider() {
  const state = useAppState();
  const index = useComputed(() => daysBetween(FIRST_DAY, state.day.value));
  const keyed = keyDayOn(state.day.value);

  const onInput = (e: TargetedEvent<HTMLInputElement>) => {
    setDay(state, isoFromDayNumber(dayNumber(FIRST_DAY) + Number(e.currentTarget.value)));
  };
  // The native range input steps PageUp/PageDown by a tenth of the range; a week is what a reader means.
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    const step = KEY_STEPS[e.key];
    if (step !== undefined) stepDay(state, step);
    else if (e.key === 'Home') setDay(state, FIRST_DAY);
    else if (e.key === 'End') setDay(state, LAST_DAY);
    else return;
    e.preventDefault();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: the time bar is a flex row of controls, not a form section
    <div class="timebar" role="group" aria-label="Date">
      <button
        type="button"
        class="play"
        aria-label={state.playing.value ? 'Pause' : 'Play the days'}
        title={state.playing.value ? 'Pause' : 'Play'}
        onClick={() => togglePlay(state)}
      >
        {state.playing.value ? '❚❚' : '▶'}
      </button>
      <label class="speed">
        <span class="visually-hidden">Speed</span>
        <select
          value={String(state.speed.value)}
          onChange={(e) => setSpeed(state, Number(e.currentTarget.value))}
          aria-label="Playback speed"
        >
          {SPEEDS.map((s) => (
            <option value={String(s)} key={s}>
              {plural(s, 'day')}/s
            </option>
          ))}
        </select>
      </label>
      <div class="track with-chart">
        <TerritoryChart />
        <ActivityHistogram />
        <input
          type="range"
          class="slider"
          min={0}
          max={TOTAL}
          step={1}
          value={index.value}
          aria-label="Date"
          aria-valuetext={keyed ? `${dayInWords(state.day.value)}: ${keyed.label}` : dayInWords(state.day.value)}
          onInput={onInput}
          onKeyDown={onKeyDown}
        />
        <KeyDayMarks />
        <MonthMarks />
      </div>
      <div class="timebar-end">
        <output class="date-words" aria-live="off">
          {dayInWords(state.day.value)}
          {keyed ? <span class="key-day-words">{keyed.label}</span> : null}
        </output>
        {state.embed.value ? null : <CompareControl />}
      </div>
    </div>
  );
}
