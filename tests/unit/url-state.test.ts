import { describe, expect, test } from 'vitest';
import { formatHash, parseHash } from '../../src/state/url-state.ts';

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
