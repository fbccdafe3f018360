// The URL hash holds what a reader would share:
// `#date=YYYY-MM-DD&map=zoom/lat/lon` and at most one of `place=`, `post=`, `highway=`, `event=` (an id).
// Each key declares how it is read and written; a value that does not parse is dropped and the
// default used, silently, as a shared link from an older version should still open the map.
import { clampDay, isIsoDay } from '../time/days.ts';
import { FIRST_DAY, LAST_DAY } from '../time/period.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  date?: string;
  map?: MapView;
  place?: string;
  post?: string;
  highway?: string;
  event?: string;
}

interface KeySchema<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
}

const date: KeySchema<string> = {
  parse: (raw) => (isIsoDay(raw) ? clampDay(raw, FIRST_DAY, LAST_DAY) : undefined),
  format: (v) => v,
};

const map: KeySchema<MapView> = {
  parse: (raw) => {
    const parts = raw.split('/');
    if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
    const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
    if (![zoom, lat, lon].every(Number.isFinite)) return undefined;
    if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
    return { zoom, lat, lon };
  },
  // Like openstreetmap.org: more decimals as the zoom grows, enough to keep the view.
  format: (v) => {
    const d = Math.max(0, Math.ceil((v.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
    return `${Math.round(v.zoom * 100) / 100}/${v.lat.toFixed(d)}/${v.lon.toFixed(d)}`;
  },
};

/** An id of the published data: lower-case words joined by hyphens. */
const id: KeySchema<string> = {
  parse: (raw) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw) ? raw : undefined),
  format: (v) => v,
};

const SCHEMA: { [K in keyof UrlState]-?: KeySchema<NonNullable<UrlState[K]>> } = { date, map, place: id, post: id, highway: id, event: id };
const ORDER: (keyof UrlState)[] = ['date', 'map', 'place', 'post', 'highway', 'event'];

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = {};
  for (const key of ORDER) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = SCHEMA[key].parse(raw);
    if (value !== undefined) (state as Record<string, unknown>)[key] = value;
  }
  return state;
}

export function formatHash(state: UrlState): string {
  const parts: string[] = [];
  for (const key of ORDER) {
    const value = state[key];
    if (value === undefined) continue;
    const text = (SCHEMA[key] as KeySchema<typeof value>).format(value);
    // Keep "/" readable in map=; encode everything else a value could hold.
    parts.push(`${key}=${encodeURIComponent(text).replace(/%2F/g, '/')}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
