import { describe, expect, test } from 'vitest';
import type { PlaceFeature } from '../../src/data/types.ts';
import { matchPlaces } from '../../src/ui/place-search/match-places.ts';

const place = (id: string, name: string, aliases: string[], name_ar: string | null, layer: 'place' | 'settlement' = 'place'): PlaceFeature => ({
  type: 'Feature',
  properties: { id, name, name_ar, aliases, kind: 'town', scope: 'theatre', precision_m: 300, sources: [{ title: 't' }], note: '', layer },
  geometry: { type: 'Point', coordinates: [36.8, 35.86] },
});
const PLACES = [
  place('saraqeb', 'Saraqeb', ['Saraqeb', 'Saraqib'], 'سراقب'),
  place('maarat-al-numan', 'Maarat al-Nu’man', ['Maarat al-Numan', 'Ma’arrat al-Nu’man'], 'معرة النعمان'),
  place('kafr-nabl', 'Kafr Nabl', ['Kafr Nabl', 'Kafranbel'], 'كفر نبل'),
  place('sarmin', 'Sarmin', ['Sarmin'], 'سرمين', 'settlement'),
];
const ids = (q: string) => matchPlaces(PLACES, q).map((m) => m.place.properties.id);

describe('finding a place by any of its names', () => {
  test('by a spelling the reports use, and says which', () => {
    expect(ids('saraqib')).toEqual(['saraqeb']);
    expect(matchPlaces(PLACES, 'Saraqib')[0]!.via).toBe('Saraqib');
    expect(matchPlaces(PLACES, 'Saraqeb')[0]!.via).toBeNull();
  });
  test('ignoring case, accents, apostrophes and hyphens', () => {
    expect(ids("maarat al nu'man")).toEqual(['maarat-al-numan']);
    expect(ids('MAARRAT')).toEqual(['maarat-al-numan']);
  });
  test('in Arabic', () => {
    expect(ids('سراقب')).toEqual(['saraqeb']);
  });
  test('prefix matches before inner ones; named places before settlements', () => {
    expect(ids('sar')).toEqual(['saraqeb', 'sarmin']);
    expect(ids('nabl')).toEqual(['kafr-nabl']);
    expect(ids('')).toEqual([]);
    expect(ids('atlantis')).toEqual([]);
  });
});
