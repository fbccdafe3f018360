import { describe, expect, test } from 'vitest';
import type { AppData } from '../../src/data/load-data.ts';
import { createAppState } from '../../src/state/app-state.ts';
import {
  applyUrlState,
  formatHash,
  knownOnly,
  parseHash,
  resetKeys,
  URL_KEYS,
  urlStateOf,
  type UrlState,
} from '../../src/state/url-state.ts';

describe('URL hash state', () => {
  test('reads date, map and place', () => {
    expect(parseHash('#date=2020-02-28&map=12/35.8636/36.8006&place=saraqeb')).toEqual({
      date: '2020-02-28',
      map: { zoom: 12, lat: 35.8636, lon: 36.8006 },
      place: 'saraqeb',
    });
  });

  test('drops each invalid value on its own, keeping the valid ones', () => {
    expect(parseHash('#date=2020-02-31&map=12/35.86/36.80')).toEqual({ map: { zoom: 12, lat: 35.86, lon: 36.8 } });
    expect(parseHash('#date=2020-02-01&map=12/abc/36.8&place=<script>')).toEqual({ date: '2020-02-01' });
    expect(parseHash('#map=40/35/36')).toEqual({});
    expect(parseHash('#map=9/95/36')).toEqual({});
    expect(parseHash('#map=9//36')).toEqual({});
    expect(parseHash('garbage%%')).toEqual({});
  });

  test('clamps a date outside the period to its nearest end', () => {
    expect(parseHash('#date=2018-05-01').date).toBe('2019-12-01');
    expect(parseHash('#date=2024-05-01').date).toBe('2020-03-06');
  });

  test('writes keys in a fixed order and round-trips', () => {
    const state = { date: '2020-03-04', map: { zoom: 12, lat: 35.863612, lon: 36.800561 }, place: 'saraqeb' };
    const hash = formatHash(state);
    expect(hash).toMatch(/^#date=2020-03-04&map=12\/35\.8636\d*\/36\.8005\d*&place=saraqeb$/);
    const back = parseHash(hash);
    expect(back.date).toBe(state.date);
    expect(back.place).toBe(state.place);
    expect(back.map!.lat).toBeCloseTo(state.map.lat, 3);
    expect(back.map!.lon).toBeCloseTo(state.map.lon, 3);
  });

  test('since and embed: read when valid, dropped when not, written after the others', () => {
    expect(parseHash('#date=2020-03-05&since=2019-12-01&embed=1')).toEqual({ date: '2020-03-05', since: '2019-12-01', embed: true });
    expect(parseHash('#since=2020-02-30')).toEqual({});
    expect(parseHash('#since=2018-01-01')).toEqual({});
    expect(parseHash('#since=yesterday&embed=yes')).toEqual({});
    expect(formatHash({ date: '2020-02-28', since: '2020-02-20', embed: true })).toBe('#date=2020-02-28&since=2020-02-20&embed=1');
    expect(formatHash({ date: '2020-02-28', embed: false })).toBe('#date=2020-02-28');
  });

  test('reads and writes post, highway and event ids; drops ids that are not ids', () => {
    expect(parseHash('#post=op-11-sheer-maghar&highway=m4&event=2020-02-27-saraqeb-recaptured')).toEqual({
      post: 'op-11-sheer-maghar',
      highway: 'm4',
      event: '2020-02-27-saraqeb-recaptured',
    });
    expect(parseHash('#post=OP 8&highway=<b>&event=')).toEqual({});
    expect(formatHash({ date: '2020-02-28', post: 'op-04-al-eis' })).toBe('#date=2020-02-28&post=op-04-al-eis');
  });
});

describe('the URL key table', () => {
  test('has one row per key, written in a fixed order', () => {
    expect(URL_KEYS.map((k) => k.key)).toEqual(['date', 'map', 'place', 'post', 'highway', 'event', 'since', 'embed']);
  });

  test('every key round-trips through format and parse', () => {
    const url: UrlState = {
      date: '2020-02-27',
      map: { zoom: 11.5, lat: 35.8, lon: 36.6 },
      place: 'kafr-nabl',
      post: 'op-8',
      highway: 'm4',
      event: 'saraqeb-counter-attack',
    };
    expect(parseHash(formatHash(url))).toEqual(url);
  });

  test('an id that breaks the id rule is dropped, for each id key', () => {
    for (const k of ['place', 'post', 'highway', 'event']) {
      for (const bad of ['Saraqeb', 'op 8', '-m4', 'a--b', '<b>x</b>', '']) {
        expect(parseHash(`#${k}=${encodeURIComponent(bad)}&date=2020-01-05`), `${k}=${bad}`).toEqual({ date: '2020-01-05' });
      }
    }
  });

  test('a written hash never carries a value that did not parse', () => {
    const hash = formatHash(parseHash('#date=2020-13-01&map=9/35.85/36.65&event=x%20y&place=saraqeb'));
    expect(hash).toBe('#map=9/35.8500/36.6500&place=saraqeb');
  });

  test('the state reads back the same URL state it was built from', () => {
    const url: UrlState = { date: '2020-02-08', map: { zoom: 10, lat: 35.84, lon: 36.72 }, post: 'op-8' };
    expect(urlStateOf(createAppState(url))).toEqual(url);
  });

  test('applying a URL goes through the actions: one selection, defaults for what is absent', () => {
    const state = createAppState({ date: '2020-01-10', event: 'some-event' });
    applyUrlState(state, { place: 'saraqeb' });
    expect(state.selectedPlace.value).toBe('saraqeb');
    expect(state.selectedEvent.value).toBeNull();
    expect(state.day.value).toBe('2020-03-06');
    applyUrlState(state, { event: 'some-event', date: '2020-02-27' });
    // The event replaces the place: a URL that no longer names the place closes its panel.
    expect(state.selectedPlace.value).toBeNull();
    expect(state.selectedEvent.value).toBe('some-event');
    expect(state.day.value).toBe('2020-02-27');
  });

  test('ids that name nothing in the data are dropped', () => {
    const data = {
      placesById: new Map([['saraqeb', {}]]),
      posts: [{ properties: { id: 'op-8' } }],
      highways: [{ properties: { id: 'm4' } }],
      events: [{ properties: { id: 'ev-1' } }],
    } as unknown as AppData;
    expect(knownOnly({ date: '2020-01-01', place: 'atlantis', post: 'op-8', highway: 'm9', event: 'ev-1' }, data)).toEqual({
      date: '2020-01-01',
      post: 'op-8',
      event: 'ev-1',
    });
  });

  test('dropping a key that names nothing leaves the camera and the other keys as they were', () => {
    const state = createAppState({ date: '2020-02-28', map: { zoom: 11, lat: 35.86, lon: 36.8 }, place: 'atlantis' });
    const before = state.requestedView.peek();
    resetKeys(state, ['place']);
    expect(state.selectedPlace.value).toBeNull();
    expect(state.day.value).toBe('2020-02-28');
    expect(state.requestedView.peek()).toBe(before);
  });
});
