import { beforeAll, describe, expect, test } from 'vitest';
import { BASEMAP } from '../../src/core/theme.ts';
import { colourAt, colourDistance, hexToRgb, useBrowser, openApp, screenshot, waitForIdle, type PageRecord } from './browser.ts';

describe('foundation: the map loads offline', () => {
  const browser = useBrowser();
  let app: PageRecord;

  beforeAll(async () => {
    app = await openApp(browser());
    await screenshot(app.page, 'foundation-desktop');
  });

  test('the map reaches idle centred on Idlib at zoom 9', async () => {
    const view = await app.page.evaluate(() => {
      const m = window.idlibMap!;
      return { zoom: m.getZoom(), lon: m.getCenter().lng, lat: m.getCenter().lat, loaded: m.loaded() };
    });
    expect(view.loaded).toBe(true);
    expect(view.zoom).toBeCloseTo(9, 1);
    expect(view.lon).toBeCloseTo(36.65, 1);
    expect(view.lat).toBeCloseTo(35.85, 1);
  });

  test('land and sea are drawn in different colours', async () => {
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ center: [36.0, 35.7], zoom: 7 }));
    await waitForIdle(app.page);
    const sea = await colourAt(app.page, 35.3, 35.5); // Mediterranean, west of Latakia
    const land = await colourAt(app.page, 36.9, 36.0); // inland Syria, east of Idlib
    expect(colourDistance(sea, hexToRgb(BASEMAP.sea))).toBeLessThan(30);
    expect(colourDistance(sea, land)).toBeGreaterThan(20);
    await screenshot(app.page, 'foundation-coast');
  });

  test('the page has a title, a favicon and the map controls', async () => {
    expect(await app.page.title()).toMatch(/Idlib 2020/);
    expect(await app.page.locator('link[rel=icon]').count()).toBe(1);
    for (const label of ['Zoom in', 'Zoom out', 'Enter fullscreen']) {
      expect(await app.page.getByRole('button', { name: label }).count()).toBeGreaterThan(0);
    }
    expect(await app.page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
  });
});
