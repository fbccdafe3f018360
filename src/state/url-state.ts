// The URL hash holds what a reader would share, e.g. `#date=2020-02-28&map=12/35.86/36.80&place=saraqeb&since=2020-02-20`.
// Every key is one row of URL_KEYS: how it is parsed and formatted, its default, and how it maps to
// the app state (read from the signals, applied through an action). Reading and writing both walk
// this table, so adding a key is adding a row. A value that does not parse is dropped and the
// default used, silently: a shared link from an older version should still open the map.
import type { AppData } from '../data/load-data.ts';
import { clampDay, isIsoDay } from '../core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../core/period.ts';
import { selectEvent, selectHighway, selectPlace, selectPost, setDay, setEmbed, setSince, flyTo } from './actions.ts';
import type { AppState } from './app-state.ts';
import { DEFAULT_DAY, DEFAULT_VIEW } from './defaults.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** What a URL says: one optional value per key, each already parsed (the value types of URL_KEYS). */
export interface UrlState {
  date?: string;
  map?: MapView;
  place?: string;
  post?: string;
  highway?: string;
  event?: string;
  /** The date compared with: the map shows what changed hands between it and `date`. */
  since?: string;
  /** Map and time bar only, for an iframe. */
  embed?: boolean;
}

export interface UrlKey<K extends keyof UrlState, T = NonNullable<UrlState[K]>> {
  key: K;
  /** The value, or undefined when the text is not one. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** What an absent or invalid value means; null = nothing chosen (the key is left out). */
  default: T | null;
  /** The value in the app state now (null = leave the key out). */
  read(state: AppState): T | null;
  /** Makes the state hold this value (the default when the URL has none), through an action. */
  apply(state: AppState, value: T | null): void;
  /** Whether the value names something in the data (checked once it has loaded). */
  known?(data: AppData, value: T): boolean;
}

const key = <K extends keyof UrlState>(row: UrlKey<K>) => row;

/** Ids of places, posts, highways and events: lowercase words joined by hyphens. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const parseId = (raw: string) => (ID.test(raw) ? raw : undefined);
const same = (v: string) => v;

function parseView(raw: string): MapView | undefined {
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return undefined;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

// Like openstreetmap.org: more decimals as the zoom grows, enough to keep the view.
function formatView(v: MapView): string {
  const d = Math.max(0, Math.ceil((v.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  return `${Math.round(v.zoom * 100) / 100}/${v.lat.toFixed(d)}/${v.lon.toFixed(d)}`;
}

/** The URL keys, in the order they are written. */
export const URL_KEYS = [
  key({
    key: 'date',
    parse: (raw) => (isIsoDay(raw) ? clampDay(raw, FIRST_DAY, LAST_DAY) : undefined),
    format: same,
    default: DEFAULT_DAY,
    read: (s) => s.day.value,
    apply: (s, v) => setDay(s, v ?? DEFAULT_DAY),
  }),
  key({
    key: 'map',
    parse: parseView,
    format: formatView,
    default: DEFAULT_VIEW,
    read: (s) => s.view.value,
    // An absent camera leaves the map where it is (moving it back would lose the reader's place).
    apply: (s, v) => {
      if (v) flyTo(s, v);
    },
  }),
  key({
    key: 'place',
    parse: parseId,
    format: same,
    default: null,
    read: (s) => s.selectedPlace.value,
    apply: (s, v) => selectPlace(s, v),
    known: (d, v) => d.placesById.has(v),
  }),
  key({
    key: 'post',
    parse: parseId,
    format: same,
    default: null,
    read: (s) => s.selectedPost.value,
    apply: (s, v) => selectPost(s, v),
    known: (d, v) => d.posts.some((p) => p.properties.id === v),
  }),
  key({
    key: 'highway',
    parse: parseId,
    format: same,
    default: null,
    read: (s) => s.selectedHighway.value,
    apply: (s, v) => selectHighway(s, v),
    known: (d, v) => d.highways.some((h) => h.properties.id === v),
  }),
  key({
    key: 'event',
    parse: parseId,
    format: same,
    default: null,
    read: (s) => s.selectedEvent.value,
    apply: (s, v) => selectEvent(s, v),
    known: (d, v) => d.events.some((e) => e.properties.id === v),
  }),
  key({
    key: 'since',
    // Outside the period it is dropped, not clamped: clamping would compare with a day the link never named.
    parse: (raw) => (isIsoDay(raw) && raw >= FIRST_DAY && raw <= LAST_DAY ? raw : undefined),
    format: same,
    default: null,
    read: (s) => s.since.value,
    apply: (s, v) => setSince(s, v),
  }),
  key({
    key: 'embed',
    parse: (raw) => (raw === '1' ? true : undefined),
    format: () => '1',
    default: null,
    read: (s) => (s.embed.value ? true : null),
    apply: (s, v) => setEmbed(s, v === true),
  }),
];

// The table's rows differ in value type; these helpers walk it with one loose row type.
type AnyRow = Omit<UrlKey<keyof UrlState, unknown>, 'key'> & { key: string };
const ROWS = URL_KEYS as readonly AnyRow[];

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Record<string, unknown> = {};
  for (const row of ROWS) {
    const raw = params.get(row.key);
    if (raw === null) continue;
    const value = row.parse(raw);
    if (value !== undefined) out[row.key] = value;
  }
  return out as UrlState;
}

export function formatHash(state: UrlState): string {
  const parts: string[] = [];
  for (const row of ROWS) {
    const value = (state as Record<string, unknown>)[row.key];
    // false is a flag switched off (embed): left out like an absent value.
    if (value === undefined || value === null || value === false) continue;
    // Keep "/" readable in map=; encode everything else a value could hold.
    parts.push(`${row.key}=${encodeURIComponent(row.format(value)).replace(/%2F/g, '/')}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The URL state of the app state now. */
export function urlStateOf(state: AppState): UrlState {
  const out: Record<string, unknown> = {};
  for (const row of ROWS) {
    const value = row.read(state);
    if (value !== null && value !== undefined) out[row.key] = value;
  }
  return out as UrlState;
}

/** Makes the app state say what the URL says: each key's value, or its default when absent. */
export function applyUrlState(state: AppState, url: UrlState): void {
  for (const row of ROWS) row.apply(state, (url as Record<string, unknown>)[row.key] ?? row.default);
}

/** Puts the given keys back to their defaults, leaving every other key (the camera too) as it is. */
export function resetKeys(state: AppState, keys: readonly string[]): void {
  for (const row of ROWS) if (keys.includes(row.key)) row.apply(state, row.default);
}

/** The URL state without the ids that name nothing in the data. */
export function knownOnly(url: UrlState, data: AppData): UrlState {
  const out: Record<string, unknown> = {};
  for (const row of ROWS) {
    const value = (url as Record<string, unknown>)[row.key];
    if (value === undefined) continue;
    if (!row.known || row.known(data, value)) out[row.key] = value;
  }
  return out as UrlState;
}
