// What the app shows when nothing says otherwise (no URL, or an invalid value in it).
import { LAST_DAY } from '../core/period.ts';
import type { MapView } from './url-state.ts';

export const DEFAULT_VIEW: MapView = { zoom: 9, lat: 35.85, lon: 36.65 };
export const DEFAULT_DAY = LAST_DAY;
