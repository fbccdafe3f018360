// The fault suite: each published file failing in turn, the basemap missing, a name long enough to
// break a label renderer. Each case asserts what the reader sees: the failed part named in a notice
// that nothing covers, with a Retry, and the rest of the map drawn.
import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { DATA_FILES, FIRST_VIEW_FILES } from '../../src/data/load-data.ts';
import { MAX_NAME_LENGTH } from '../../src/data/shorten-names.ts';
import { BASEMAP } from '../../src/core/theme.ts';
import {
  colourAt,
  colourDistance,
  hexToRgb,
  useBrowser,
  origin,
  recordedPage,
  renderedAt,
  screenshot,
  SMALL_DESKTOP,
  waitForIdle,
  type PageRecord,
} from './browser.ts';

/** The files the map fetches itself, beside the data files the app loads. */
const MAP_FILES = ['basemap.geojson', 'control-cells.geojson', 'control-edges.geojson'];
const ALL_FILES = [...FIRST_VIEW_FILES, ...DATA_FILES, ...MAP_FILES];
type Fault = '404' | '500' | 'truncated';
const FAULTS: Fault[] = ['404', '500', 'truncated'];

async function fail(route: Route, fault: Fault): Promise<void> {
  if (fault === '404') return route.fulfill({ status: 404, body: 'not found' });
  if (fault === '500') return route.fulfill({ status: 500, body: 'server error' });
  const real = await route.fetch();
  const body = await real.text();
  return route.fulfill({ status: 200, contentType: real.headers()['content-type'], body: body.slice(0, Math.floor(body.length / 2)) });
}

/** Opens the app with `prepare` applied to the page first; waits until no file is loading. */
async function openWith(
  browser: Browser,
  prepare: (page: Page) => Promise<unknown>,
  hash = '',
  viewport = SMALL_DESKTOP,
): Promise<PageRecord> {
  const app = await recordedPage(browser, viewport);
  // A fault is expected to show as a failed request, and Chromium logs each one as a console error.
  app.tolerate = { failedRequests: true, consoleErrors: /Failed to load resource/ };
  await prepare(app.page);
  await app.page.goto(`${origin()}/${hash}`);
  await app.page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined && !document.querySelector('.data-loading'));
  await waitForIdle(app.page);
  return app;
}

/** The notice naming what failed: visible, and the topmost thing where it is drawn. */
async function failureNotice(page: Page): Promise<string> {
  const alert = page.locator('.data-status [role=alert]');
  await alert.waitFor();
  const uncovered = await alert.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + 4, r.top + 4],
      [r.right - 4, r.top + 4],
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 4, r.bottom - 4],
      [r.right - 4, r.bottom - 4],
    ];
    return points.every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
  });
  expect(uncovered, 'the failure notice is not covered by anything').toBe(true);
  return (await alert.textContent()) ?? '';
}

const drawnCount = (page: Page, layer: string) =>
  page.evaluate((id) => window.idlibMap!.queryRenderedFeatures({ layers: [id] }).length, layer);

describe('each published file failing in turn', () => {
  const browser = useBrowser();

  test.each(ALL_FILES.map((file, i) => [file, FAULTS[i % FAULTS.length]!] as const))(
    '%s answering %s: named in the notice, the rest drawn',
    async (file, fault) => {
      const app = await openWith(browser(), (page) => page.route(`**/data/${file}`, (route) => fail(route, fault)));
      const notice = await failureNotice(app.page);
      expect(notice).toContain(file);
      expect(notice).toMatch(fault === 'truncated' ? /incomplete or not valid JSON/ : new RegExp(`answered ${fault}`));
      // What does not depend on the failed file is still drawn.
      if (file !== 'places.geojson') expect(await drawnCount(app.page, 'place-circle'), 'places drawn').toBeGreaterThan(0);
      else expect(await drawnCount(app.page, 'control-fill'), 'control areas drawn').toBeGreaterThan(0);
      if (file === 'control.geojson' && fault === '500') await screenshot(app.page, 'faults-control-500');
      await app.page.context().close();
    },
  );

  test('a file that never answers shows as loading, then as failed after the time limit', async () => {
    const app = await recordedPage(browser(), SMALL_DESKTOP);
    app.tolerate = { failedRequests: true, consoleErrors: /Failed to load resource/ };
    await app.page.clock.install();
    await app.page.route('**/data/events.geojson', () => {
      /* never answers */
    });
    await app.page.goto(`${origin()}/`);
    const loading = app.page.locator('.data-loading');
    await loading.waitFor();
    await app.page.waitForFunction(() => document.querySelector('.data-loading')?.textContent?.match(/Loading events…/));
    await screenshot(app.page, 'faults-hung-loading');
    await app.page.clock.fastForward(25_000);
    const notice = await failureNotice(app.page);
    expect(notice).toContain('events.geojson');
    expect(notice).toContain('no answer within 20 s');
    expect(await loading.count()).toBe(0);
    await app.page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined);
    await app.page.context().close();
  });

  test('Retry loads a file that failed the first time, and the notice goes', async () => {
    let calls = 0;
    const app = await openWith(browser(), (page) =>
      page.route('**/data/places.geojson', (route) => (++calls === 1 ? fail(route, '500') : route.fallback())),
    );
    expect(await failureNotice(app.page)).toContain('places.geojson');
    expect(await drawnCount(app.page, 'place-circle')).toBe(0);
    await app.page.getByRole('button', { name: 'Retry' }).click();
    await app.page.locator('.data-status [role=alert]').waitFor({ state: 'detached' });
    await app.page.waitForFunction(() => window.idlibMap!.getSource('places') !== undefined);
    await waitForIdle(app.page);
    expect(await drawnCount(app.page, 'place-circle')).toBeGreaterThan(0);
    await app.page.context().close();
  });
});

describe('the basemap missing', () => {
  const browser = useBrowser();
  let app: PageRecord;
  beforeAll(async () => {
    app = await openWith(browser(), (page) => page.route('**/data/basemap.geojson', (route) => fail(route, '404')));
  });

  test('is named, and the data layers are drawn on a plain background', async () => {
    expect(await failureNotice(app.page)).toContain('basemap.geojson');
    expect(await drawnCount(app.page, 'place-circle')).toBeGreaterThan(0);
    expect(await drawnCount(app.page, 'control-fill')).toBeGreaterThan(0);
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ center: [36.0, 35.7], zoom: 7 }));
    await waitForIdle(app.page);
    const sea = await colourAt(app.page, 35.3, 35.5); // the Mediterranean: nothing of the data there
    expect(colourDistance(sea, hexToRgb(BASEMAP.plain))).toBeLessThan(12);
    await screenshot(app.page, 'faults-no-basemap');
  });
});

const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as {
  features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
};
const [SARAQEB_LON, SARAQEB_LAT] = places.features.find((f) => f.properties.id === 'saraqeb')!.geometry.coordinates;

describe('a name of 200,000 characters', () => {
  const browser = useBrowser();
  let app: PageRecord;
  beforeAll(async () => {
    app = await openWith(
      browser(),
      (page) =>
        page.route('**/data/places.geojson', async (route) => {
          const real = await route.fetch();
          const body = (await real.json()) as { features: { properties: { id: string; name: string } }[] };
          body.features.find((f) => f.properties.id === 'saraqeb')!.properties.name = 'Saraqeb '.padEnd(200_000, 'x');
          await route.fulfill({ response: real, json: body });
        }),
      `#date=2020-02-28&map=11/${SARAQEB_LAT}/${SARAQEB_LON}&place=saraqeb`,
    );
  });

  test('is shortened: every marker and label still drawn, the cut shown to the reader', async () => {
    expect(app.pageErrors).toEqual([]);
    expect(await renderedAt(app.page, SARAQEB_LON!, SARAQEB_LAT!, ['place-circle']).then((h) => h.map((x) => x.id))).toContain('saraqeb');
    const labels = await app.page.evaluate(() =>
      window.idlibMap!.queryRenderedFeatures({ layers: ['place-label'] }).map((f) => f.properties.id as string),
    );
    expect(labels).toContain('saraqeb');
    expect(labels.length).toBeGreaterThan(3);
    const heading = (await app.page.locator('.place-panel h2').textContent()) ?? '';
    expect(heading.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(heading).toMatch(/^Saraqeb x+…$/);
    const setAside = app.page.locator('.data-set-aside');
    expect(await setAside.locator('summary').textContent()).toMatch(/^1 item of the data set aside or corrected/);
    await setAside.locator('summary').click();
    expect(await setAside.locator('li').textContent()).toContain('places.geojson: saraqeb: name shortened (name of 200,000 characters)');
    await screenshot(app.page, 'faults-long-name');
  });
});
