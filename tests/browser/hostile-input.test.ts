// Hostile and careless input: bad values of every URL key, 200 fast slider steps, a 320 px phone,
// and the Content-Security-Policy doing its job. Each case asserts what the reader sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { contentSecurityPolicy } from '../../csp.ts';
import { useBrowser, SMALL_DESKTOP, openApp, origin, recordedPage, screenshot, sidesPaintedAt, waitForIdle } from './browser.ts';

const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as {
  features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
};
const [LON, LAT] = places.features.find((f) => f.properties.id === 'saraqeb')!.geometry.coordinates;
// 1.5 km south-east of Saraqeb's centre: inside its cell, clear of its marker.
const PROBE: [number, number] = [LON + 0.012, LAT - 0.008];

const slider = (app: { page: import('playwright-core').Page }) => app.page.getByRole('slider', { name: 'Date' });

describe('bad values of every URL key', () => {
  const browser = useBrowser();

  const LONG = 'x'.repeat(20_000);
  // Each row: a hash, then the day and zoom the reader should get. Bad values fall back to the
  // defaults (6 March 2020, zoom 9, no panel); a well-formed day outside the period is clamped.
  test.each([
    ['malformed', '#date=2020-02-31&map=99/abc/1&place=%3Cimg%20src%3Dx%3E', 'Friday 6 March 2020', 9],
    ['hostile ids and huge values', `#date=${LONG}&map=${LONG}&place=__proto__`, 'Friday 6 March 2020', 9],
    ['prototype names', '#date=constructor&map=constructor&place=constructor', 'Friday 6 March 2020', 9],
    ['out of range', '#date=1999-01-01&map=9/95/200&place=atlantis', 'Sunday 1 December 2019', 9],
    ['not numbers', '#date=2020-01-10T00:00&map=NaN/Infinity/1e400&place=saraqeb/../x', 'Friday 6 March 2020', 9],
    ['repeated and unknown keys', '#date=2020-01-10&date=garbage&zoom=3&place=&map=&%%%=1', 'Friday 10 January 2020', 9],
  ])('%s: %s', async (_name, hash, day, zoom) => {
    const app = await openApp(browser(), hash, SMALL_DESKTOP);
    // The words may go on to say what happened that day (a key day): the date comes first.
    expect((await slider(app).getAttribute('aria-valuetext'))?.split(':')[0]).toBe(day);
    expect(await app.page.evaluate(() => window.idlibMap!.getZoom())).toBeCloseTo(zoom, 1);
    expect(await app.page.locator('.side-panel').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await app.page.context().close();
  });
});

describe('200 fast slider steps', () => {
  const browser = useBrowser();

  test('land on the right day, with the map drawn for that day', async () => {
    const app = await openApp(browser(), `#map=11/${PROBE[1]}/${PROBE[0]}`, SMALL_DESKTOP);
    await slider(app).focus();
    await app.page.keyboard.press('Home');
    // 150 steps forward run past the last day (97 days) and stop there; 50 back: 16 January 2020.
    for (let i = 0; i < 150; i++) await app.page.keyboard.press('ArrowRight');
    for (let i = 0; i < 50; i++) await app.page.keyboard.press('ArrowLeft');
    expect(await slider(app).getAttribute('aria-valuetext')).toBe('Thursday 16 January 2020');
    await waitForIdle(app.page);
    expect(await app.page.evaluate(() => location.hash)).toContain('date=2020-01-16');
    // Saraqeb was opposition-held in mid-January.
    expect(await sidesPaintedAt(app.page, PROBE[0], PROBE[1])).toEqual(['opposition']);
    await app.page.context().close();
  });
});

describe('a phone 320 px wide', () => {
  const browser = useBrowser();

  test('the page is no wider than the screen and every control is on it, uncovered', async () => {
    const app = await openApp(browser(), '', { width: 320, height: 640 });
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const controls = [
      app.page.getByRole('combobox', { name: 'Find a place' }),
      app.page.getByRole('button', { name: /Text view/ }),
      app.page.getByRole('link', { name: 'Data' }),
      app.page.getByRole('button', { name: 'Zoom in' }),
      app.page.getByRole('button', { name: 'Zoom out' }),
      app.page.getByRole('button', { name: 'Enter fullscreen' }),
      app.page.getByRole('button', { name: 'Play the days' }),
      app.page.getByRole('combobox', { name: 'Playback speed' }),
      slider(app),
      app.page.getByRole('button', { name: 'Legend' }),
      app.page.locator('.day-events summary'),
      app.page.getByRole('button', { name: 'Share' }),
    ];
    for (const control of controls) {
      const inside = await control.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          reachable: el === hit || el.contains(hit) || (hit?.contains(el) ?? false),
        };
      });
      const name = await control.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent);
      expect(inside.left, `${name}: left edge`).toBeGreaterThanOrEqual(0);
      expect(inside.right, `${name}: right edge`).toBeLessThanOrEqual(320);
      expect(inside.top, `${name}: top edge`).toBeGreaterThanOrEqual(0);
      expect(inside.bottom, `${name}: bottom edge`).toBeLessThanOrEqual(640);
      expect(inside.reachable, `${name}: not covered`).toBe(true);
    }
    await screenshot(app.page, 'hostile-320px');
    await app.page.context().close();
  });
});

describe('the Content-Security-Policy', () => {
  const browser = useBrowser();

  test('is in the built index.html: no inline script, no eval, nothing off the origin', () => {
    const html = readFileSync(join(inject('dist'), 'index.html'), 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'");
    expect(meta).toBe(contentSecurityPolicy());
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file
  });

  test('is enforced: an injected inline script does not run, and the violation is caught', async () => {
    const app = await openApp(browser());
    const ran = await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
    await app.page.waitForFunction(() => true); // let the violation report arrive
    await expect.poll(() => app.cspViolations.length).toBeGreaterThan(0);
    expect(app.cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
    // The violation was the test's own doing: cleared, so the after-test check sees the app's only.
    app.cspViolations.length = 0;
    app.consoleErrors.length = 0;
    await app.page.context().close();
  });

  test('lets the open-data page keep its one inline style, and nothing else', async () => {
    const data = await recordedPage(browser());
    await data.page.goto(`${origin()}/data/index.html`);
    expect(await data.page.getByRole('heading', { level: 1 }).textContent()).toBe('Idlib 2020 — open data');
    expect(await data.page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
    await data.page.context().close();
  });
});
