// Helpers shared by the browser tests: one Chromium for the whole run (started by the global
// setup; every file connects to it), pages opened with reduced motion that record everything a
// reader would count as broken (console errors, page errors, failed requests, requests leaving
// the origin, Content-Security-Policy violations). After every test each page opened by this file
// is checked and its record emptied, so each test answers for what happened during it, and no
// separate "nothing went wrong" test is needed (one that would pass when run alone).
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const SCREENSHOT_DIR = 'tests/browser/screenshots';

/** A window wide enough for the desktop layout (panels beside the map; the legend folded, as on any
 * short window) that software WebGL draws in about half the time of 1280×800: for the tests that
 * load the app many times or click through many things, and check no more than the layout. */
export const SMALL_DESKTOP = { width: 800, height: 600 };
const PAGE_TIMEOUT = 120_000;

export interface PageRecord {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  cspViolations: string[];
  /** What a test that injects a fault expects to go wrong; CSP violations are never tolerated. */
  tolerate: { failedRequests?: boolean; consoleErrors?: RegExp };
}

const openRecords: PageRecord[] = [];

afterEach(() => {
  const records = [...openRecords];
  // Closed pages are checked one last time, then forgotten.
  openRecords.length = 0;
  openRecords.push(...records.filter((r) => !r.page.isClosed()));
  try {
    for (const r of records) noErrors(r);
  } finally {
    for (const r of records) {
      for (const list of [r.consoleErrors, r.pageErrors, r.foreignRequests, r.failedRequests, r.cspViolations]) list.length = 0;
    }
  }
});

/** Connects to the suite's shared Chromium; close() disconnects and closes this file's pages. */
export async function launch(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** Called in a describe block: connects to the shared Chromium before its tests and disconnects
 * after them (closing the pages they opened). Returns the connection; registered first, its
 * afterAll runs last, after the block's own. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): no connection yet (used outside a test or hook?)');
    return browser;
  };
}

export function origin(): string {
  return inject('origin');
}

export async function openApp(
  browser: Browser,
  hash = '',
  viewport = { width: 1280, height: 800 },
  own = origin(),
  options: { hasTouch?: boolean } = {},
): Promise<PageRecord> {
  const record = await recordedPage(browser, viewport, own, options);
  await record.page.goto(`${own}/${hash}`);
  // The data layers are added once both the style and the data have loaded.
  await record.page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined);
  await waitForIdle(record.page);
  return record;
}

/** A page that records console errors, page errors, failed requests and refuses foreign ones. */
export async function recordedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  own = origin(),
  options: { hasTouch?: boolean } = {},
): Promise<PageRecord> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', ...options });
  // Generous limits: eight agents share two cores here, and a page that loads in 3 s alone can take
  // a minute then. A test that hangs still fails, on the test's own timeout.
  context.setDefaultTimeout(PAGE_TIMEOUT);
  const page = await context.newPage();
  const record: PageRecord = {
    page,
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    failedRequests: [],
    cspViolations: [],
    tolerate: {},
  };
  openRecords.push(record);
  page.on('console', (m) => {
    if (m.type() === 'error') record.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => record.pageErrors.push(e.message));
  page.on('requestfailed', (r) => record.failedRequests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) record.failedRequests.push(`${r.status()} ${r.url()}`);
  });
  // Every CSP violation, in the page and in its workers' documents, reported as the browser saw it.
  await page.exposeFunction('__idlibCspViolation', (v: string) => record.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __idlibCspViolation(v: string): void }).__idlibCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  // Anything not served by our own origin is recorded and refused: the app must work offline.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return route.fallback();
    record.foreignRequests.push(url);
    return route.abort();
  });
  return record;
}

/** Where a lon/lat is on the page, in CSS pixels. */
export async function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const map = window.idlibMap!;
      const p = map.project([x, y]);
      const r = map.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat] as [number, number],
  );
}

/** What the map has drawn at a lon/lat on the given layers (ids and properties). */
export async function renderedAt(page: Page, lon: number, lat: number, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([x, y, ids]) => {
      const map = window.idlibMap!;
      return map
        .queryRenderedFeatures(map.project([x as number, y as number]), { layers: ids as string[] })
        .map((f) => ({ layer: f.layer.id, ...f.properties }));
    },
    [lon, lat, layers] as [number, number, string[]],
  );
}

/** The features at a lon/lat on the given layers, with their feature state (what decides whether they show on the day). */
export async function shownAt(
  page: Page,
  lon: number,
  lat: number,
  layers: string[],
): Promise<{ layer: string; properties: Record<string, unknown>; state: Record<string, unknown> }[]> {
  return page.evaluate(
    ([x, y, ids]) => {
      const map = window.idlibMap!;
      return map
        .queryRenderedFeatures(map.project([x as number, y as number]), { layers: ids as string[] })
        .map((f) => ({ layer: f.layer.id, properties: f.properties, state: f.state }));
    },
    [lon, lat, layers] as [number, number, string[]],
  );
}

/** The sides whose area is drawn at a lon/lat on the selected day: the side of the cell there, as the map holds it now. */
export async function sidesPaintedAt(page: Page, lon: number, lat: number): Promise<string[]> {
  return page.evaluate(
    ([x, y]) => {
      const map = window.idlibMap!;
      return map
        .queryRenderedFeatures(map.project([x!, y!]), { layers: ['control-fill'] })
        .map((f) => f.state.side)
        .filter((side): side is string => typeof side === 'string');
    },
    [lon, lat],
  );
}

const CSP_CONSOLE = /Content Security Policy/i;

/** Asserts the page recorded nothing broken (beyond what its test said it would tolerate). */
export function noErrors(record: PageRecord): void {
  const { tolerate } = record;
  expect(record.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(
    record.consoleErrors.filter((m) => CSP_CONSOLE.test(m)),
    'CSP errors in the console',
  ).toEqual([]);
  expect(
    record.consoleErrors.filter((m) => !tolerate.consoleErrors?.test(m)),
    'console errors',
  ).toEqual([]);
  expect(record.pageErrors, 'page errors').toEqual([]);
  if (!tolerate.failedRequests) expect(record.failedRequests, 'failed requests').toEqual([]);
  expect(record.foreignRequests, 'requests outside 127.0.0.1').toEqual([]);
}

/** Waits for the map's next `idle` (after forcing a frame, so an already idle map answers too). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = window.idlibMap!;
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
}

/** Moves an open app to another URL state as a reader does by editing the address bar's hash
 * (the app reads hash changes through the same URL table as a load), then waits for the map. */
export async function showHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  // The state changes on hashchange; the camera and layers follow on the next frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await waitForIdle(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** The colour drawn at a lon/lat, read back from the map's canvas. */
export async function colourAt(page: Page, lon: number, lat: number): Promise<[number, number, number]> {
  return page.evaluate(
    ([x, y]) => {
      const map = window.idlibMap!;
      const p = map.project([x, y]);
      const canvas = map.getCanvas();
      const scale = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const d = ctx.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    [lon, lat] as [number, number],
  );
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}
