// The selected day, as the style's global state: every date filter reads it, so a slider step
// changes one value and no source is rebuilt.
import { effect } from '@preact/signals';
import type { AttachLayer } from './layer-kit.ts';
import { dayNumber } from '../../time/days.ts';

export const attachDate: AttachLayer = (map, _data, state) =>
  effect(() => {
    const day = state.day.value;
    map.setGlobalStateProperty('date', day);
    map.setGlobalStateProperty('dayN', dayNumber(day));
  });
