// Everything that changes the app state goes through here, so components stay declarative.
import { batch } from '@preact/signals';
import { addDays, clampDay } from '../time/days.ts';
import { FIRST_DAY, LAST_DAY } from '../time/period.ts';
import type { PlaceFeature } from '../data/types.ts';
import type { AppState, ViewRequest } from './app-state.ts';

export function setDay(state: AppState, iso: string): void {
  state.day.value = clampDay(iso, FIRST_DAY, LAST_DAY);
}

export function stepDay(state: AppState, days: number): void {
  setDay(state, addDays(state.day.value, days));
}

/** What a panel can show: one thing at a time, each kind with its own URL key. */
export type Selectable = 'place' | 'post' | 'highway' | 'event';

/** Selects one thing (or clears the selection of that kind); choosing one closes the others. */
export function select(state: AppState, kind: Selectable, id: string | null): void {
  const signals = { place: state.selectedPlace, post: state.selectedPost, highway: state.selectedHighway, event: state.selectedEvent };
  batch(() => {
    signals[kind].value = id;
    if (!id) return;
    for (const [k, s] of Object.entries(signals)) if (k !== kind) s.value = null;
  });
}

export function selectPlace(state: AppState, id: string | null): void {
  select(state, 'place', id);
}

export function selectEvent(state: AppState, id: string | null): void {
  select(state, 'event', id);
}

/** Zoom for a place: far places at a zoom where they show; regions whole; a town close enough to read. */
export function zoomFor(place: PlaceFeature, current: number): number {
  const p = place.properties;
  return p.scope === 'wider' ? 4 : p.kind === 'region' ? 9.5 : Math.max(current, 11);
}

/** Selects a place (or region) and flies the map to it, clear of the panel that opens for it. */
export function showPlace(state: AppState, place: PlaceFeature): void {
  const [lon, lat] = place.geometry.coordinates as [number, number];
  selectPlace(state, place.properties.id);
  const region = state.data.peek()?.regions.find((r) => r.properties.id === place.properties.id);
  if (region) flyTo(state, { kind: 'fit', bounds: bbox(region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates), maxZoom: 10.5 });
  else flyTo(state, { kind: 'focus', lon, lat, zoom: zoomFor(place, state.view.peek().zoom) });
}

/** Selects a kind of thing that is a point (post, event) and flies there. */
export function showPoint(state: AppState, kind: 'post' | 'event', id: string, at: [number, number] | null): void {
  select(state, kind, id);
  if (at) flyTo(state, { kind: 'focus', lon: at[0], lat: at[1], zoom: Math.max(state.view.peek().zoom, 10) });
}

/** Selects a highway and fits the map to it. */
export function showHighway(state: AppState, id: string): void {
  select(state, 'highway', id);
  const line = state.data.peek()?.highways.find((h) => h.properties.id === id);
  if (line) flyTo(state, { kind: 'fit', bounds: bbox([[line.geometry.coordinates]]), maxZoom: 11 });
}

function bbox(polygons: number[][][][]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons)
    for (const ring of poly)
      for (const [x, y] of ring) {
        b[0] = Math.min(b[0], x!);
        b[1] = Math.min(b[1], y!);
        b[2] = Math.max(b[2], x!);
        b[3] = Math.max(b[3], y!);
      }
  return b;
}

export function flyTo(state: AppState, view: ViewRequest): void {
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
