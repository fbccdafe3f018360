import { describe, expect, test } from 'vitest';
import type { AppData } from '../../src/data/load-data.ts';
import type { EventFeature, HighwayFeature, ObservationPostFeature, PlaceFeature } from '../../src/core/types.ts';
import { matchEntries, searchEntries } from '../../src/ui/place-search/search-entries.ts';

const place = (
  id: string,
  name: string,
  aliases: string[],
  name_ar: string | null,
  layer: 'place' | 'settlement' = 'place',
): PlaceFeature => ({
  type: 'Feature',
  properties: { id, name, name_ar, aliases, kind: 'town', scope: 'theatre', precision_m: 300, sources: [{ title: 't' }], note: '', layer },
  geometry: { type: 'Point', coordinates: [36.8, 35.86] },
});
const post = (n: number, name: string, aliases: string[]): ObservationPostFeature => ({
  type: 'Feature',
  properties: {
    id: `op-${n}`,
    number: n,
    name,
    name_ar: null,
    aliases,
    host: null,
    established: '2018-01-01',
    surrounded: null,
    precision_m: 2000,
    sources: [],
    note: '',
  },
  geometry: { type: 'Point', coordinates: [36.5, 35.5] },
});
const highway = (ref: 'M4' | 'M5', name: string): HighwayFeature => ({
  type: 'Feature',
  properties: { id: ref.toLowerCase(), ref, name, serves: [], precision_m: 1000, sources: [], note: '' },
  geometry: { type: 'LineString', coordinates: [] },
});
const event = (id: string, title: string): EventFeature => ({
  type: 'Feature',
  properties: {
    id,
    date: '2020-02-27',
    type: 'capture',
    title,
    place: null,
    precision_m: 1000,
    claims: [],
    excerpts: [],
    sources: [],
    note: '',
  },
  geometry: null,
});

const places = [
  place('saraqeb', 'Saraqeb', ['Saraqeb', 'Saraqib'], 'سراقب'),
  place('maarat-al-numan', 'Maarat al-Nu’man', ['Maarat al-Numan', 'Ma’arrat al-Nu’man'], 'معرة النعمان'),
  place('kafr-nabl', 'Kafr Nabl', ['Kafr Nabl', 'Kafranbel'], 'كفر نبل'),
  place('sarmin', 'Sarmin', ['Sarmin'], 'سرمين', 'settlement'),
];
const data = {
  placesById: new Map(places.map((p) => [p.properties.id, p])),
  posts: [
    post(1, 'Salwa observation post', ['OP 1 Salwa']),
    post(8, 'al-Zaytuna observation post', ['OP 8 al-Zaytuna']),
    post(11, 'Sheer Maghar observation post', ['OP 11 Sheer Maghar']),
  ],
  highways: [highway('M4', 'M4 motorway (Latakia–Saraqeb section)'), highway('M5', 'M5 motorway (Aleppo–Hama section)')],
  events: [event('e1', 'Opposition retakes Saraqeb and cuts the M5')],
} as unknown as AppData;
const entries = searchEntries(data);
const ids = (q: string) => matchEntries(entries, q).map((m) => m.entry.id);

describe('search over places, posts, highways and events', () => {
  test('a place by a spelling the reports use, and says which', () => {
    expect(ids('saraqib')).toEqual(['saraqeb']);
    expect(matchEntries(entries, 'Saraqib')[0]!.via).toBe('Saraqib');
    expect(matchEntries(entries, 'Saraqeb')[0]!.via).toBeNull();
  });
  test('ignoring case, accents, apostrophes and hyphens; in Arabic', () => {
    expect(ids("maarat al nu'man")).toEqual(['maarat-al-numan']);
    expect(ids('سراقب')).toEqual(['saraqeb']);
  });
  test('prefix matches before inner ones; named places before settlements; nothing for nothing', () => {
    expect(ids('sar').slice(0, 2)).toEqual(['saraqeb', 'sarmin']);
    expect(ids('')).toEqual([]);
    expect(ids('atlantis')).toEqual([]);
  });
  test('"OP 8" finds post 8 first, "OP 1" post 1 before post 11; "post" finds every post', () => {
    expect(ids('OP 8')[0]).toBe('op-8');
    expect(ids('op 1')[0]).toBe('op-1');
    expect(ids('post').filter((id) => id.startsWith('op-'))).toEqual(['op-1', 'op-8', 'op-11']);
  });
  test('"M4" finds the highway before the event that names the M5; "highway" finds both', () => {
    expect(ids('M4')).toEqual(['m4']);
    expect(ids('m5')[0]).toBe('m5');
    expect(ids('m5')).toContain('e1');
    expect(ids('highway')).toEqual(['m4', 'm5']);
  });
  test('an event by its title, after the place and the highway that name it', () => {
    expect(ids('retakes saraqeb')).toEqual(['e1']);
    expect(ids('saraqeb')).toEqual(['saraqeb', 'm4', 'e1']);
  });
});
