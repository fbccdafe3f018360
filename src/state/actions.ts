// Every change to the app state goes through here (components, the map, the URL and the player
// call these; none writes a signal itself), so the rules that tie signals together live in one
// place: one selection at a time, the day inside the period, playback that restarts at the end.
import { batch } from '@preact/signals';
import { addDays, clampDay } from '../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../core/period.ts';
import type { AppData, FirstView } from '../data/load-data.ts';
import type { EventType, PlaceFeature } from '../core/types.ts';
import type { TerritoryRow } from '../core/territory.ts';
import type { CellData } from '../data/lazy-data.ts';
import type { AppState, MapStatus, ViewRequest } from './app-state.ts';
import type { MapView } from './url-state.ts';

// ---- The day and playback

export function setDay(state: AppState, iso: string): void {
  state.day.value = clampDay(iso, FIRST_DAY, LAST_DAY);
}

export function stepDay(state: AppState, days: number): void {
  setDay(state, addDays(state.day.value, days));
}

export function togglePlay(state: AppState): void {
  // Playing from the last day starts again at the first, as a media player does.
  batch(() => {
    if (!state.playing.value && state.day.value >= LAST_DAY) state.day.value = FIRST_DAY;
    state.playing.value = !state.playing.value;
  });
}

export function stopPlaying(state: AppState): void {
  state.playing.value = false;
}

/** Days per second while playing. */
export function setSpeed(state: AppState, daysPerSecond: number): void {
  if (Number.isFinite(daysPerSecond) && daysPerSecond > 0) state.speed.value = daysPerSecond;
}

// ---- What is selected: one of a place, an observation post, a highway or an event

type Selection = 'selectedPlace' | 'selectedPost' | 'selectedHighway' | 'selectedEvent';
const SELECTIONS: Selection[] = ['selectedPlace', 'selectedPost', 'selectedHighway', 'selectedEvent'];

/** Selects one thing (clearing the others), or clears that kind of selection when id is null. */
function selectOnly(state: AppState, which: Selection, id: string | null): void {
  batch(() => {
    state[which].value = id;
    if (id) for (const other of SELECTIONS) if (other !== which) state[other].value = null;
  });
}

export const selectPlace = (state: AppState, id: string | null) => selectOnly(state, 'selectedPlace', id);
export const selectPost = (state: AppState, id: string | null) => selectOnly(state, 'selectedPost', id);
export const selectHighway = (state: AppState, id: string | null) => selectOnly(state, 'selectedHighway', id);
export const selectEvent = (state: AppState, id: string | null) => selectOnly(state, 'selectedEvent', id);

export function hoverPlace(state: AppState, id: string | null): void {
  if (state.hoveredPlace.peek() !== id) state.hoveredPlace.value = id;
}

/** Selects a place (or region) and flies the map to it, at a zoom that suits what it is. */
/** What a panel can show: one thing at a time, each kind with its own URL key. */
export type Selectable = 'place' | 'post' | 'highway' | 'event';

/** Selects one thing of a kind (or clears that kind); choosing one closes the others. */
export function select(state: AppState, kind: Selectable, id: string | null): void {
  ({ place: selectPlace, post: selectPost, highway: selectHighway, event: selectEvent })[kind](state, id);
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
  if (region)
    flyTo(state, {
      kind: 'fit',
      bounds: bbox(region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates),
      maxZoom: 10.5,
    });
  else flyTo(state, { kind: 'focus', lon, lat, zoom: zoomFor(place, state.view.peek().zoom) });
}

// ---- "Who held this point?"

export function probeAt(state: AppState, lon: number, lat: number, place: string | null): void {
  state.probe.value = { lon, lat, place };
}

export function closeProbe(state: AppState): void {
  state.probe.value = null;
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

// ---- The camera

/** Asks the map to move there (the map reports where it ended up through viewReached). */
export function flyTo(state: AppState, view: ViewRequest): void {
  state.requestedView.value = view;
}

/** The map took the requested view on board. */
export function viewRequestTaken(state: AppState): void {
  state.requestedView.value = null;
}

/** The map's camera after a move, as the reader left it. */
export function viewReached(state: AppState, view: MapView): void {
  state.view.value = view;
}

// ---- Reader and text view

export function openReader(state: AppState, article: string, sentence: number | null, range?: [number, number]): void {
  state.reader.value = range ? { article, sentence, range } : { article, sentence };
}

export function closeReader(state: AppState): void {
  state.reader.value = null;
}

export function showTextView(state: AppState, on: boolean): void {
  state.textView.value = on;
}

// ---- Loading and the map's health

/** Who held what, the first thing the map draws. */
export function firstViewLoaded(state: AppState, first: FirstView): void {
  state.firstView.value = first;
}

/** The map has drawn the first view (or never will): the rest of the data may load now. */
export function firstViewDone(state: AppState): void {
  state.firstViewDrawn.value = true;
}

export function dataLoaded(state: AppState, data: AppData): void {
  state.data.value = data;
}

export function dataFailed(state: AppState, message: string): void {
  state.dataError.value = message;
}

export function mapStatusChanged(state: AppState, status: MapStatus, message: string | null = null): void {
  batch(() => {
    state.mapStatus.value = status;
    if (message !== null) state.mapMessage.value = message;
  });
}

export function mapFailed(state: AppState, message: string): void {
  state.mapMessage.value = message;
}

/** Compares the selected day with another (null: no comparison). */
export function setSince(state: AppState, day: string | null): void {
  state.since.value = day;
}

/** Map and time bar only, for an iframe. */
export function setEmbed(state: AppState, on: boolean): void {
  state.embed.value = on;
}

/** The files still on their way, for the loading notice. */
export function showLoadingFiles(state: AppState, names: string[]): void {
  state.loadingFiles.value = names;
}

/** A file the map fetches itself (basemap, cells, corridor) failed: named in the data's status notice. */
export function mapFileFailed(state: AppState, file: string, reason: string): void {
  state.mapFileFailures.value = [...state.mapFileFailures.peek(), { file, reason }];
}

/** The per-day territory table arrived (loaded when a chart or the text view first needs it). */
export function territoryLoaded(state: AppState, rows: TerritoryRow[]): void {
  state.territory.value = rows;
}

/** The control cells arrived (loaded when a comparison first needs them). */
export function cellsLoaded(state: AppState, cells: CellData): void {
  state.cells.value = cells;
}

// ---- Filters

/** Shows or hides one type of event, on the map and in the day's list. */
export function toggleEventType(state: AppState, type: EventType): void {
  const hidden = state.hiddenEventTypes.peek();
  state.hiddenEventTypes.value = hidden.includes(type) ? hidden.filter((x) => x !== type) : [...hidden, type];
}

/** Asks again for every file that failed to load (data files and the map's own sources). */
export function retryFailedFiles(state: AppState): void {
  batch(() => {
    state.mapFileFailures.value = [];
    state.retryRound.value += 1;
  });
}
