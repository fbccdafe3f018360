// The app's one source of truth: signals for what the reader chose, computed values derived from
// them. Every write after creation goes through an action in actions.ts.
import { computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppData, FirstView } from '../data/load-data.ts';
import type { CellData } from '../data/lazy-data.ts';
import type { TerritoryRow } from '../core/territory.ts';
import type { EventType } from '../core/types.ts';
import { clampDay } from '../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../core/period.ts';
import { DEFAULT_DAY, DEFAULT_VIEW } from './defaults.ts';
import type { MapView, UrlState } from './url-state.ts';

/**
 * Where the map should go. A bare view is taken as is (a URL, a link); `focus` is a point or a box
 * that must end up in the part of the map no panel covers (the panels are measured when it moves);
 * `reveal` moves the map only if the point is hidden under a panel, keeping the zoom.
 */
export type ViewRequest =
  | (MapView & { kind?: undefined })
  | { kind: 'focus'; lon: number; lat: number; zoom: number }
  | { kind: 'fit'; bounds: [number, number, number, number]; maxZoom: number }
  | { kind: 'reveal'; lon: number; lat: number };

export { DEFAULT_DAY, DEFAULT_VIEW };

export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'failed';

export function createAppState(initial: UrlState = {}) {
  const day = signal(clampDay(initial.date ?? DEFAULT_DAY, FIRST_DAY, LAST_DAY));
  const view = signal<MapView>(initial.map ?? DEFAULT_VIEW);
  /** Set by the URL or a link: the map should move there (the map reports back through `view`). */
  const requestedView = signal<ViewRequest | null>(initial.map ?? null);
  // At most one thing is selected (the side panel shows it); a URL naming several keeps the first.
  const chosen = (['place', 'post', 'highway', 'event'] as const).find((k) => initial[k] !== undefined);
  const selectedPlace = signal<string | null>(chosen === 'place' ? initial.place! : null);
  const hoveredPlace = signal<string | null>(null);
  const selectedEvent = signal<string | null>(chosen === 'event' ? initial.event! : null);
  const selectedPost = signal<string | null>(chosen === 'post' ? initial.post! : null);
  const selectedHighway = signal<string | null>(chosen === 'highway' ? initial.highway! : null);
  /** A clicked point and the settlement whose cell it falls in (null outside the study area). */
  const probe = signal<{ lon: number; lat: number; place: string | null } | null>(null);
  /** The open report and what to highlight: a sentence of it, or a quoted range ([start, end) offsets). */
  const reader = signal<{ article: string; sentence: number | null; range?: [number, number] } | null>(null);
  /** Event types the reader turned off (hidden on the map and in the day's list). */
  const hiddenEventTypes = signal<EventType[]>([]);
  const playing = signal(false);
  /** Days per second while playing. */
  const speed = signal(2);
  /** Loaded first, so that the areas draw before the panels' data arrives. */
  const firstView = signal<FirstView | null>(null);
  /** Set once the map has drawn the day's areas (or cannot draw them): the rest may load. */
  const firstViewDrawn = signal(false);
  const data = signal<AppData | null>(null);
  const dataError = signal<string | null>(null);
  /** Published files still on their way, named to the reader while they load. */
  const loadingFiles = signal<string[]>([]);
  /** Files the map fetches itself (basemap, cells, corridor) that failed, each with the reason. */
  const mapFileFailures = signal<{ file: string; reason: string }[]>([]);
  /** Raised by the reader's Retry: the failed files are asked for again. */
  const retryRound = signal(0);
  const mapStatus = signal<MapStatus>('loading');
  const mapMessage = signal<string | null>(null);
  const textView = signal(false);
  /** The second date of a comparison (null = none): what changed hands between it and `day`. */
  const since = signal<string | null>(initial.since ?? null);
  /** Map and time bar only (for an iframe). */
  const embed = signal(initial.embed ?? false);
  /** Loaded after the first map draw, when something asks for them (see data/lazy-data.ts). */
  const territory = signal<TerritoryRow[] | null>(null);
  const cells = signal<CellData | null>(null);

  const place = computed(() => {
    const id = selectedPlace.value;
    return id ? (data.value?.placesById.get(id) ?? null) : null;
  });

  return {
    day,
    view,
    requestedView,
    selectedPlace,
    hoveredPlace,
    selectedEvent,
    selectedPost,
    selectedHighway,
    probe,
    reader,
    playing,
    hiddenEventTypes,
    speed,
    firstView,
    firstViewDrawn,
    data,
    dataError,
    loadingFiles,
    mapFileFailures,
    retryRound,
    mapStatus,
    mapMessage,
    textView,
    since,
    embed,
    territory,
    cells,
    place,
  };
}

export type AppState = ReturnType<typeof createAppState>;

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState() outside <AppStateContext.Provider>');
  return state;
}
