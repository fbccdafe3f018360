// Click anything on the map and see it: posts, highways, regions and events each open their own
// view and URL value; search finds every kind; what was chosen lands clear of the panel, at
// desktop and phone sizes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launch, origin, screenshot, waitForIdle } from './browser.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// Each test opens one page and walks a reader's whole path on it; generous limits, as the
// machine running the suite may be busy (no assertion depends on time).
const LOAD_MS = 240_000;
const TEST_MS = 900_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
// One page at a time: a finished test's map stops drawing.
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

async function open(hash: string, viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', hasTouch: viewport === PHONE });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${origin()}/${hash}`);
  await page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined, null, { timeout: LOAD_MS });
  await waitForIdle(page);
  return { page, errors };
}

/** After a click: the panel renders, the camera moves on the next frame, then the map settles. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await waitForIdle(page);
}

async function jump(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([x, y, z]) => window.idlibMap!.jumpTo({ center: [x!, y!], zoom: z! }), [lon, lat, zoom]);
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

async function search(page: Page, text: string): Promise<void> {
  const box = page.locator('.place-search input');
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
      // Midpoints along the line, from the middle outwards; the first with nothing else near it.
      const order = line
        .slice(1)
        .map((_, i) => i)
        .sort((a, b) => Math.abs(a - line.length / 2) - Math.abs(b - line.length / 2));
      let clicked = false;
      for (const i of order) {
        const mid: [number, number] = [(line[i]![0] + line[i + 1]![0]) / 2, (line[i]![1] + line[i + 1]![1]) / 2];
        await jump(page, mid[0] - 0.1, mid[1], 10);
        const p = await pagePixel(page, mid[0], mid[1]);
        const others = await page.evaluate(({ x, y }) => {
          const map = window.idlibMap!;
          const r = map.getContainer().getBoundingClientRect();
          const layers = [
            'place-circle',
            'place-label',
            'settlement-circle',
            'settlement-label',
            'region-label',
            'event-icon',
            'post-icon',
          ].filter((l) => map.getLayer(l));
          return map.queryRenderedFeatures(
            [
              [x - r.left - 10, y - r.top - 10],
              [x - r.left + 10, y - r.top + 10],
            ],
            { layers },
          ).length;
        }, p);
        if (others > 0) continue;
        await page.mouse.click(p.x, p.y);
        clicked = true;
        break;
      }
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
