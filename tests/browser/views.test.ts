// Click anything on the map and see it: posts, highways, regions and events each open their own
// view and URL value; search finds every kind; what was chosen lands clear of the panel, at
// desktop and phone sizes.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { useBrowser, SMALL_DESKTOP, openApp, origin, screenshot, waitForIdle } from './browser.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// Each test opens one page and walks a reader's whole path on it; generous limits, as the
// machine running the suite may be busy (no assertion depends on time).
const LOAD_MS = 240_000;
const TEST_MS = 900_000;

const browser = useBrowser();
// One page at a time: a finished test's map stops drawing.
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

/** The app in a page of its own; what went wrong in it (errors, failed or foreign requests, CSP
 * violations) is checked after each test by browser().ts. */
async function open(hash: string, viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const record = await openApp(browser(), hash, viewport, origin(), { hasTouch: viewport === PHONE });
  contexts.push(record.page.context());
  return { page: record.page, errors: record.pageErrors };
}

/** After a click: the panel renders, the camera moves on the next frame, then the map settles. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await waitForIdle(page);
}

async function jump(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([x, y, z]) => void window.idlibMap!.jumpTo({ center: [x!, y!], zoom: z! }), [lon, lat, zoom]);
  await waitForIdle(page);
}

/** Moves the camera, without a flight, to show all the points inside the padding; waits for the map. */
async function fitAll(
  page: Page,
  points: [number, number][],
  padding: { top: number; bottom: number; left: number; right: number },
): Promise<void> {
  await page.evaluate(
    ({ points, padding }) => {
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      window.idlibMap!.fitBounds(
        [
          [Math.min(...lons), Math.min(...lats)],
          [Math.max(...lons), Math.max(...lats)],
        ],
        { padding, animate: false, maxZoom: 11 },
      );
    },
    { points, padding },
  );
  await waitForIdle(page);
}

/** Where a lon/lat (plus an offset in CSS pixels) is on the page. */
async function pagePixel(page: Page, lon: number, lat: number, dx = 0, dy = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y, ox, oy]) => {
      const map = window.idlibMap!;
      const p = map.project([x!, y!]);
      const r = map.getContainer().getBoundingClientRect();
      return { x: r.left + p.x + ox!, y: r.top + p.y + oy! };
    },
    [lon, lat, dx, dy],
  );
}

/** True when a page pixel is on the map and outside every open panel, sheet or reader. */
async function inClearView(page: Page, p: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const map = window.idlibMap!.getContainer().getBoundingClientRect();
    if (x < map.left || x > map.right || y < map.top || y > map.bottom) return false;
    return [...document.querySelectorAll('.side-panel, .reader')].every((el) => {
      const r = el.getBoundingClientRect();
      return x < r.left || x > r.right || y < r.top || y > r.bottom;
    });
  }, p);
}

/** True when a page pixel shows the map itself, 20 px or more inside its edges (no panel, legend or control on it). */
async function onBareMap(page: Page, p: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const map = window.idlibMap!.getContainer().getBoundingClientRect();
    if (x < map.left + 20 || x > map.right - 20 || y < map.top + 20 || y > map.bottom - 20) return false;
    return document.elementFromPoint(x, y)?.closest('.maplibregl-canvas-container') !== null;
  }, p);
}

async function search(page: Page, text: string): Promise<void> {
  const box = page.locator('.place-search input');
  // As a reader does: into the box first, then type (a list opened without focus would close on blur).
  await box.click();
  await box.fill(text);
}

async function choose(page: Page, text: string, kind: string, id: string): Promise<void> {
  await search(page, text);
  await page.locator(`#place-search-results li[data-kind="${kind}"][data-id="${id}"]`).dispatchEvent('mousedown');
  await settle(page);
}

async function coordinatesOf(page: Page, file: string, id: string): Promise<[number, number]> {
  return page.evaluate(
    async ([f, i]) => {
      const fc = await (await fetch(`data/${f}`)).json();
      return fc.features.find((x: { properties: { id: string } }) => x.properties.id === i).geometry.coordinates;
    },
    [file, id],
  );
}

async function clickTo(page: Page, lon: number, lat: number, dx = 0, dy = 0): Promise<void> {
  const p = await pagePixel(page, lon, lat, dx, dy);
  await page.mouse.click(p.x, p.y);
  await settle(page);
}

for (const [label, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(
    `${label}: what is searched, tapped or clicked in the reader lands clear of the panel; search says when nothing matches`,
    async () => {
      const { page, errors } = await open('#date=2020-02-28', viewport);
      for (const [text, kind, id, file] of [
        ['Maarat al-Nu', 'place', 'maarat-al-numan', 'places.geojson'],
        ['Kafr Nabl', 'place', 'kafr-nabl', 'places.geojson'],
        ['OP 9', 'post', 'op-09-morek', 'observation-posts.geojson'],
        ['Jabal al-Zawiya', 'place', 'jabal-al-zawiya', null],
        ['Moscow', 'place', 'moscow', 'places.geojson'],
        ['Washington', 'place', 'washington', 'places.geojson'],
      ] as const) {
        await choose(page, text, kind, id);
        expect(await page.locator(`.side-panel [data-${kind}="${id}"]`).count(), `${id}'s panel`).toBe(1);
        const [lon, lat] = file
          ? await coordinatesOf(page, file, id)
          : await page.evaluate(() => {
              const f = window.idlibMap!.querySourceFeatures('region-labels').find((x) => x.properties.id === 'jabal-al-zawiya')!;
              return (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
            });
        const at = await pagePixel(page, lon, lat);
        expect(await inClearView(page, at), `${id} at ${Math.round(at.x)},${Math.round(at.y)}: on the map, clear of the panel`).toBe(true);
        if (id === 'moscow' || id === 'washington') {
          // Far away, yet there, at a zoom where it shows: not stopped at the edge of the Aegean.
          const c = await page.evaluate(() => ({ ...window.idlibMap!.getCenter(), zoom: window.idlibMap!.getZoom() }));
          expect(c.zoom).toBeLessThanOrEqual(6);
          expect(Math.abs(c.lng - lon)).toBeLessThan(25);
          expect(Math.abs(c.lat - lat)).toBeLessThan(10);
        }
        await screenshot(page, `views-${label}-${id}`);
      }

      // A tap on a place low on the map: the panel that opens must not hide it.
      const [lon, lat] = await coordinatesOf(page, 'places.geojson', 'saraqeb');
      await page.evaluate(
        ([x, y]) => {
          const map = window.idlibMap!;
          map.jumpTo({ center: [x!, y!], zoom: 10 });
          const h = map.getContainer().clientHeight;
          map.jumpTo({ center: map.unproject([map.project([x!, y!]).x, h / 2 - h * 0.3]) });
        },
        [lon, lat],
      );
      await page.getByRole('button', { name: /^Close the/ }).click();
      await waitForIdle(page);
      const before = await pagePixel(page, lon, lat);
      await page.mouse.click(before.x, before.y);
      await settle(page);
      expect(await page.locator('.side-panel [data-place="saraqeb"]').count()).toBe(1);
      const after = await pagePixel(page, lon, lat);
      expect(await inClearView(page, after)).toBe(true);
      if (viewport === DESKTOP) {
        // The panel overlays the map's right side: the map did not move under the pointer.
        expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(1);
      }
      await screenshot(page, `views-${label}-tapped`);

      // A place named in the reader: the map goes there, clear of the reader and the panel.
      // The Arab Observer's report names Nayrab as well as Saraqeb.
      await page.locator('.place-panel .excerpt-group', { hasText: 'Arab Observer' }).locator('.excerpt').first().click();
      await page.getByRole('dialog').waitFor();
      const mention = page
        .getByRole('dialog')
        .locator('button.mention', { hasText: /^(Nayrab|Nairab)$/ })
        .first();
      await mention.click();
      await settle(page);
      const [nx, ny] = await coordinatesOf(page, 'places.geojson', 'nayrab');
      expect(await inClearView(page, await pagePixel(page, nx, ny))).toBe(true);
      await screenshot(page, `views-${label}-reader-mention`);

      // Search finds every kind, and says when nothing matches.
      await page.keyboard.press('Escape');
      // The reader hands the focus back as it closes; the reader of the page then turns to search.
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await settle(page);
      await search(page, 'OP 8');
      expect(await page.locator('#place-search-results li').first().getAttribute('data-id')).toBe('op-08-al-zaytuna');
      await search(page, 'post');
      expect(await page.locator('#place-search-results li[data-kind="post"]').count()).toBeGreaterThanOrEqual(10);
      await search(page, 'M4');
      expect(await page.locator('#place-search-results li').first().getAttribute('data-id')).toBe('m4');
      await search(page, 'highway');
      expect(await page.locator('#place-search-results li[data-kind="highway"]').count()).toBe(2);
      await search(page, 'retakes Saraqeb');
      expect(await page.locator('#place-search-results li').first().getAttribute('data-id')).toBe('2020-02-27-saraqeb-recaptured');
      await search(page, 'Qwertyville');
      expect(await page.locator('#place-search-results').count()).toBe(0);
      expect(await page.locator('.search-none').textContent()).toBe('No match for “Qwertyville”.');
      await screenshot(page, `views-${label}-search-none`);
      expect(errors).toEqual([]);
    },
    TEST_MS,
  );
}

test(
  'each of the 12 observation posts, and Jabal al-Zawiya, open their own view by a click',
  async () => {
    const { page, errors } = await open('#date=2020-03-06', SMALL_DESKTOP);
    const posts: { id: string; at: [number, number] }[] = await page.evaluate(async () =>
      (await (await fetch('data/observation-posts.geojson')).json()).features.map(
        (f: { properties: { id: string }; geometry: { coordinates: [number, number] } }) => ({
          id: f.properties.id,
          at: f.geometry.coordinates,
        }),
      ),
    );
    expect(posts).toHaveLength(12);
    // All twelve in one view, left of where the post panel opens (it overlays the map's right
    // side; the legend is folded on this window, the attribution above it at the bottom): a click on
    // each opens its view, and the camera only moves if a post would be hidden.
    await fitAll(
      page,
      posts.map((p) => p.at),
      { top: 60, bottom: 150, left: 60, right: 420 },
    );
    for (const post of posts) {
      await clickTo(page, post.at[0], post.at[1]);
      expect(await page.locator('.post-panel').getAttribute('data-post'), post.id).toBe(post.id);
      expect(await page.evaluate(() => location.hash)).toContain(`post=${post.id}`);
    }
    expect(await page.locator('.post-panel .held-by').textContent()).toMatch(/the ground around the post was held by/);
    await screenshot(page, 'views-post');

    // Jabal al-Zawiya: labelled at every zoom from 8 to 12, a click selects and outlines it.
    // Its label point, as the app computes it: the mean of the outer ring (first point left out).
    const at: [number, number] = await page.evaluate(async () => {
      const fc = await (await fetch('data/regions.geojson')).json();
      const g = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'jabal-al-zawiya').geometry;
      const ring: [number, number][] = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0]).slice(1);
      return [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    });
    for (const zoom of [8, 9, 10, 11, 12]) {
      await jump(page, at[0], at[1], zoom);
      const labels = await page.evaluate(() =>
        window.idlibMap!.queryRenderedFeatures({ layers: ['region-label'] }).map((f) => f.properties.id),
      );
      expect(labels, `zoom ${zoom}`).toContain('jabal-al-zawiya');
    }
    await jump(page, at[0], at[1], 9);
    await clickTo(page, at[0], at[1]);
    expect(await page.locator('.place-panel').getAttribute('data-place')).toBe('jabal-al-zawiya');
    expect(await page.evaluate(() => window.idlibMap!.getFeatureState({ source: 'regions', id: 'jabal-al-zawiya' }).selected)).toBe(true);
    await screenshot(page, 'views-region');
    expect(errors).toEqual([]);
  },
  TEST_MS,
);

test(
  '#post= restores the post view: Sheer Maghar, surrounded on 26 February by the government, its event and excerpt; #highway= and #event= restore too',
  async () => {
    const { page } = await open('#date=2020-02-28&post=op-11-sheer-maghar');
    const panel = page.locator('.post-panel');
    await panel.waitFor();
    const text = (await panel.textContent())!;
    expect(text).toContain('Wednesday 26 February 2020, by Government');
    expect(await panel.locator('.place-events li').allTextContents()).toContain(
      '27 Feb 2020 — Turkish observation post at Sheer Maghar besieged',
    );
    expect(await panel.locator('.excerpt mark').first().textContent()).toBe('Sheer Maghar');
    await page.evaluate(() => (location.hash = '#date=2020-02-28&highway=m5'));
    await page.locator('.highway-panel[data-highway="m5"]').waitFor();
    await page.evaluate(() => (location.hash = '#date=2020-02-28&event=2020-02-27-saraqeb-recaptured'));
    await page.locator('.event-card[data-event="2020-02-27-saraqeb-recaptured"]').waitFor();
    await page.reload();
    await page.locator('.event-card[data-event="2020-02-27-saraqeb-recaptured"]').waitFor({ timeout: LOAD_MS });
  },
  TEST_MS,
);

test(
  'clicking the M4 and the M5 opens the highway view with the km each side held',
  async () => {
    const { page } = await open('#date=2020-02-28');
    for (const id of ['m4', 'm5']) {
      const line: [number, number][] = await page.evaluate(
        async (i) =>
          (await (await fetch('data/highways.geojson')).json()).features.find((f: { properties: { id: string } }) => f.properties.id === i)
            .geometry.coordinates,
        id,
      );
      // The whole road in view at once; then, of the midpoints of its segments from the middle
      // outwards, the first on screen with nothing else drawn within 10 px is clicked.
      await page.evaluate((coords) => {
        const lons = coords.map((c) => c[0]!);
        const lats = coords.map((c) => c[1]!);
        window.idlibMap!.fitBounds(
          [
            [Math.min(...lons), Math.min(...lats)],
            [Math.max(...lons), Math.max(...lats)],
          ],
          { padding: 60, animate: false },
        );
      }, line);
      await waitForIdle(page);
      const order = line
        .slice(1)
        .map((_, i) => i)
        .sort((a, b) => Math.abs(a - line.length / 2) - Math.abs(b - line.length / 2));
      const target = await page.evaluate(
        ({ coords, order }) => {
          const map = window.idlibMap!;
          const box = map.getContainer().getBoundingClientRect();
          const layers = [
            'place-circle',
            'place-label',
            'settlement-circle',
            'settlement-label',
            'region-label',
            'event-icon',
            'post-icon',
          ].filter((l) => map.getLayer(l));
          for (const i of order) {
            const a = coords[i]!;
            const b = coords[i + 1]!;
            const p = map.project([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]);
            if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) continue;
            const x = box.left + p.x;
            const y = box.top + p.y;
            // Not under a panel, the legend or a control.
            if (!document.elementFromPoint(x, y)?.closest('.maplibregl-canvas-container')) continue;
            const near = map.queryRenderedFeatures(
              [
                [p.x - 10, p.y - 10],
                [p.x + 10, p.y + 10],
              ],
              { layers },
            );
            if (near.length === 0) return { x, y };
          }
          return null;
        },
        { coords: line, order },
      );
      if (target) await page.mouse.click(target.x, target.y);
      const clicked = target !== null;
      expect(clicked).toBe(true);
      await settle(page);
      const panel = page.locator('.highway-panel');
      expect(await panel.getAttribute('data-highway')).toBe(id);
      expect(await page.evaluate(() => location.hash)).toContain(`highway=${id}`);
      const rows = await panel.locator('.km-by-side li').allTextContents();
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r).toMatch(/^(Government|Opposition|Turkish-backed|SDF): \d+ km \(\d+%\)$/);
      await screenshot(page, `views-highway-${id}`);
    }
  },
  TEST_MS,
);

test(
  'every event shown on 28 February opens its card by a click; those without a place from the day list; the type filter',
  async () => {
    const { page, errors } = await open('#date=2020-02-28');
    // The events drawn on the day (their icon's opacity state is above 0); the offset each icon is
    // drawn at is read from the source where the event is, once the map is there.
    const drawnIds: { id: string; at: [number, number] }[] = await page.evaluate(async () => {
      const map = window.idlibMap!;
      const fc = await (await fetch('data/events.geojson')).json();
      return fc.features
        .filter(
          (f: { geometry: unknown; properties: { id: string } }) =>
            f.geometry && Number(map.getFeatureState({ source: 'events', id: f.properties.id }).opacity ?? 0) > 0,
        )
        .map((f: { geometry: { coordinates: [number, number] }; properties: { id: string } }) => ({
          id: f.properties.id,
          at: f.geometry.coordinates,
        }));
    });
    const shown: { id: string; place: string; at: [number, number]; offset: [number, number] }[] = [];
    // One view over all of them loads the tiles that hold them (a GeoJSON source keeps every point
    // at every zoom), so each event's drawn offset can be read from its source.
    await fitAll(
      page,
      drawnIds.map((e) => e.at),
      { top: 40, bottom: 40, left: 40, right: 40 },
    );
    for (const e of drawnIds) {
      const f = await page.evaluate((id) => {
        const x = window.idlibMap!.querySourceFeatures('events').find((g) => g.properties.id === id);
        if (!x) return null;
        const o = x.properties.offset;
        return {
          place: String(x.properties.place),
          at: (x.geometry as unknown as { coordinates: [number, number] }).coordinates,
          offset: (typeof o === 'string' ? JSON.parse(o) : o) as [number, number],
        };
      }, e.id);
      if (f) shown.push({ id: e.id, ...f });
    }
    expect(shown.map((e) => e.id)).toEqual(drawnIds.map((e) => e.id));
    expect(shown.length).toBeGreaterThanOrEqual(5);
    // The two Ankara events of 27 February share a point: spread apart, both reachable.
    expect(new Set(shown.filter((e) => e.place === 'ankara').map((e) => e.offset.join())).size).toBe(2);
    for (const e of shown) {
      // At zoom 11 (icon-offset is scaled by icon-size, 1.1 from zoom 11), an icon already on the
      // map and clear of every panel is clicked where it is; otherwise the camera goes there first.
      const zoom = await page.evaluate(() => window.idlibMap!.getZoom());
      const icon = await pagePixel(page, e.at[0], e.at[1], e.offset[0] * 1.1, e.offset[1] * 1.1);
      if (Math.abs(zoom - 11) > 1e-6 || !(await onBareMap(page, icon))) await jump(page, e.at[0] - 0.03, e.at[1], 11);
      await clickTo(page, e.at[0], e.at[1], e.offset[0] * 1.1, e.offset[1] * 1.1);
      expect(await page.locator('.event-card').getAttribute('data-event'), e.id).toBe(e.id);
      expect(await page.evaluate(() => location.hash)).toContain(`event=${e.id}`);
    }
    // The day's events without a precise place are in the day's list, not on a point.
    const all: { id: string; date: string }[] = await page.evaluate(async () =>
      (await (await fetch('data/events.geojson')).json()).features.map((f: { properties: { id: string; date: string } }) => f.properties),
    );
    const drawn = new Set(shown.map((e) => e.id));
    const listed = all.filter((e) => e.date === '2020-02-28' && !drawn.has(e.id));
    expect(listed.length).toBeGreaterThan(0);
    for (const e of listed) {
      await page.locator('.day-events summary').click();
      await page.locator(`.day-events button[data-event="${e.id}"]`).click();
      await settle(page);
      expect(await page.locator('.event-card').getAttribute('data-event'), e.id).toBe(e.id);
    }
    await page.locator('.day-events summary').click();
    await screenshot(page, 'views-day-events');

    // The type filter: displacement turned off leaves the list and the map.
    const before = await page.locator('.day-events li').count();
    await page.locator('.event-filter label', { hasText: 'displacement' }).locator('input').uncheck();
    expect(await page.locator('.day-events li').count()).toBeLessThan(before);
    const hidden = await page.evaluate(() =>
      window
        .idlibMap!.querySourceFeatures('events')
        .filter((f) => f.properties.type === 'displacement')
        .every((f) => window.idlibMap!.getFeatureState({ source: 'events', id: f.properties.id }).hidden === true),
    );
    expect(hidden).toBe(true);
    expect(errors).toEqual([]);
  },
  TEST_MS,
);
