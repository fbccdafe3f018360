// Helpers shared by the browser tests: one Chromium per file, a page that records everything a
// reader would count as broken (console errors, page errors, requests leaving the origin).
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const SCREENSHOT_DIR = 'tests/browser/screenshots';

export interface PageRecord {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromePath'),
    headless: true,
    args: ['--no-sandbox', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function origin(): string {
  return inject('origin');
}

export async function openApp(browser: Browser, hash = '', viewport = { width: 1280, height: 800 }, own = origin()): Promise<PageRecord> {
  const record = await recordedPage(browser, viewport, own);
  await record.page.goto(`${own}/${hash}`);
  // The data layers are added once both the style and the data have loaded.
  await record.page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined);
  await waitForIdle(record.page);
  return record;
}

/** A page that records console errors, page errors, failed requests and refuses foreign ones. */
export async function recordedPage(browser: Browser, viewport = { width: 1280, height: 800 }, own = origin()): Promise<PageRecord> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const record: PageRecord = { page, consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') record.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => record.pageErrors.push(e.message));
  page.on('requestfailed', (r) => record.failedRequests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) record.failedRequests.push(`${r.status()} ${r.url()}`);
  });
  // Anything not served by our own origin is recorded and refused: the app must work offline.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    record.foreignRequests.push(url);
    return route.abort();
  });
  return record;
}

/** Where a lon/lat is on the page, in CSS pixels. */
export async function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([x, y]) => {
    const map = window.idlibMap!;
    const p = map.project([x, y]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, [lon, lat] as [number, number]);
}

/** What the map has drawn at a lon/lat on the given layers (ids and properties). */
export async function renderedAt(page: Page, lon: number, lat: number, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([x, y, ids]) => {
      const map = window.idlibMap!;
      return map.queryRenderedFeatures(map.project([x as number, y as number]), { layers: ids as string[] }).map((f) => ({ layer: f.layer.id, ...f.properties }));
    },
    [lon, lat, layers] as [number, number, string[]],
  );
}

/** The features at a lon/lat on the given layers, with their feature state (what decides whether they show on the day). */
export async function shownAt(page: Page, lon: number, lat: number, layers: string[]): Promise<{ layer: string; properties: Record<string, unknown>; state: Record<string, unknown> }[]> {
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
  return page.evaluate(([x, y]) => {
    const map = window.idlibMap!;
    return map
      .queryRenderedFeatures(map.project([x!, y!]), { layers: ['control-fill'] })
      .map((f) => f.state['side'])
      .filter((side): side is string => typeof side === 'string');
  }, [lon, lat]);
}

export function noErrors(record: PageRecord): void {
  expect(record.consoleErrors, 'console errors').toEqual([]);
  expect(record.pageErrors, 'page errors').toEqual([]);
  expect(record.failedRequests, 'failed requests').toEqual([]);
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
