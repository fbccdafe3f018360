// Everything that changes the app state goes through here, so components stay declarative.
import { batch } from '@preact/signals';
import { addDays, clampDay } from '../time/days.ts';
import { FIRST_DAY, LAST_DAY } from '../time/period.ts';
import type { PlaceFeature } from '../data/types.ts';
import type { AppState } from './app-state.ts';
import type { MapView } from './url-state.ts';

export function setDay(state: AppState, iso: string): void {
  state.day.value = clampDay(iso, FIRST_DAY, LAST_DAY);
}

export function stepDay(state: AppState, days: number): void {
  setDay(state, addDays(state.day.value, days));
}

export function selectPlace(state: AppState, id: string | null): void {
  batch(() => {
    state.selectedPlace.value = id;
    if (id) state.selectedEvent.value = null;
  });
}

export function selectEvent(state: AppState, id: string | null): void {
  batch(() => {
    state.selectedEvent.value = id;
    if (id) state.selectedPlace.value = null;
  });
}

/** Selects a place (or region) and flies the map to it, at a zoom that suits what it is. */
export function showPlace(state: AppState, place: PlaceFeature): void {
  const [lon, lat] = place.geometry.coordinates as [number, number];
  const p = place.properties;
  const zoom = p.scope === 'wider' ? 5 : p.kind === 'region' ? 9.5 : Math.max(state.view.peek().zoom, 11);
  selectPlace(state, p.id);
  flyTo(state, { lon, lat, zoom });
}

export function flyTo(state: AppState, view: MapView): void {
  state.requestedView.value = view;
}

export function openReader(state: AppState, article: string, sentence: number | null, range?: [number, number]): void {
  state.reader.value = range ? { article, sentence, range } : { article, sentence };
}

export function closeReader(state: AppState): void {
  state.reader.value = null;
}

export function stopPlaying(state: AppState): void {
  state.playing.value = false;
}

export function togglePlay(state: AppState): void {
  // Playing from the last day starts again at the first, as a media player does.
  batch(() => {
    if (!state.playing.value && state.day.value >= LAST_DAY) state.day.value = FIRST_DAY;
    state.playing.value = !state.playing.value;
  });
}

/** Asks again for every file that failed to load (data files and the map's own sources). */
export function retryFailedFiles(state: AppState): void {
  batch(() => {
    state.mapFileFailures.value = [];
    state.retryRound.value += 1;
  });
}
