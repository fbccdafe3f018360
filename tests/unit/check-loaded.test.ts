// The app's edge checks: what fails the published schema is set aside with a reason the reader can
// be shown, the rest is kept; a file that is not what it should be at all names the file.
import { describe, expect, test } from 'vitest';
import { checkEvents, checkExcerpts, checkPlaces, type SetAside } from '../../src/data/check-loaded.ts';

const place = (id: string, name: unknown) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [36.8006, 35.8636] },
  properties: {
    id,
    name,
    name_ar: null,
    aliases: [],
    kind: 'town',
    scope: 'theatre',
    precision_m: 300,
    sources: [{ title: 'S' }],
    note: null,
    layer: 'place',
  },
});

describe('checkPlaces', () => {
  test('keeps good places and sets aside each bad one with its reason', () => {
    const setAside: SetAside[] = [];
    const kept = checkPlaces({ type: 'FeatureCollection', features: [place('saraqeb', 'Saraqeb'), place('nayrab', 42), null] }, setAside);
    expect(kept.map((p) => p.properties.id)).toEqual(['saraqeb']);
    expect(setAside).toEqual([
      { file: 'places.geojson', item: 'nayrab', reason: 'property "name" must be text (got 42)' },
      { file: 'places.geojson', item: 'feature 3', reason: 'must be a GeoJSON Feature object (got null)' },
    ]);
  });

  test('sets aside a name too long for a map label', () => {
    const setAside: SetAside[] = [];
    expect(checkPlaces({ type: 'FeatureCollection', features: [place('saraqeb', 'S'.repeat(200_000))] }, setAside)).toEqual([]);
    expect(setAside[0]?.reason).toBe('property "name" must be at most 120 characters');
  });

  test('a file that is not a FeatureCollection throws, naming the file', () => {
    expect(() => checkPlaces([], [])).toThrow('data/places.geojson: type is missing; features is missing');
    expect(() => checkPlaces(null, [])).toThrow('data/places.geojson: must be a GeoJSON FeatureCollection (got null)');
  });
});

describe('checkEvents', () => {
  test('keeps an event without geometry (placed nowhere precise)', () => {
    const event = {
      type: 'Feature',
      geometry: null,
      properties: {
        id: 'e1',
        date: '2020-02-27',
        type: 'airstrike',
        title: 'Strike',
        place: null,
        precision_m: 50000,
        claims: [],
        excerpts: [{ article: 'a1', quote: 'a quote long enough to count' }],
        sources: [{ title: 'S' }],
        note: null,
      },
    };
    const setAside: SetAside[] = [];
    expect(checkEvents({ type: 'FeatureCollection', features: [event] }, setAside)).toHaveLength(1);
    expect(setAside).toEqual([]);
  });
});

describe('checkExcerpts', () => {
  test('an id such as "constructor" finds nothing but its own entry', () => {
    const excerpts = checkExcerpts({ saraqeb: [{ article: 'a1', sentence: 0, text: 'Saraqeb fell.', match: [0, 7] }] }, []);
    expect(excerpts.constructor).toBeUndefined();
    expect(Object.getPrototypeOf(excerpts)).toBeNull();
    expect(excerpts.saraqeb).toHaveLength(1);
  });
});
