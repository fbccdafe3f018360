import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PlaceCollection } from '../../src/core/types.ts';
import { colourAt, useBrowser, openApp, pixelOf, renderedAt, screenshot, showHash, waitForIdle, type PageRecord } from './browser.ts';

const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as PlaceCollection;
const saraqeb = places.features.find((f) => f.properties.id === 'saraqeb')!;
const settlements = JSON.parse(readFileSync('geo/settlements.geojson', 'utf8')) as PlaceCollection;
const [LON, LAT] = saraqeb.geometry.coordinates as [number, number];

describe('geography on the map', () => {
  const browser = useBrowser();
  let app: PageRecord;

  beforeAll(async () => {
    app = await openApp(browser(), `#date=2020-02-28&map=11/${LAT}/${LON}`);
  });

  test('Saraqeb is drawn at its coordinate, labelled in English and Arabic', async () => {
    const hits = await renderedAt(app.page, LON, LAT, ['place-circle']);
    expect(hits.map((h) => h.id)).toContain('saraqeb');
    const labels = await app.page.evaluate(() =>
      window.idlibMap!.queryRenderedFeatures({ layers: ['place-label'] }).map((f) => f.properties.id),
    );
    expect(labels).toContain('saraqeb');
    await screenshot(app.page, 'geography-saraqeb');
  });

  test('the M4 and M5, Jabal al-Zawiya, the Ghab and the observation posts are drawn', async () => {
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ center: [36.62, 35.75], zoom: 9 }));
    await waitForIdle(app.page);
    const drawn = await app.page.evaluate(() => {
      const m = window.idlibMap!;
      const ids = (layer: string, key: string) =>
        [...new Set(m.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties[key]))].sort();
      return { roads: ids('highway-line', 'ref'), regions: ids('region-line', 'id'), posts: ids('post-icon', 'number').length };
    });
    expect(drawn.roads).toEqual(['M4', 'M5']);
    expect(drawn.regions).toEqual(['al-ghab', 'jabal-al-zawiya']);
    expect(drawn.posts).toBeGreaterThan(3);
    await screenshot(app.page, 'geography-overview');
  });

  test('at zoom 11 over the Ghab the plain, the Orontes and the Ghab road are drawn and named, above the control colours', async () => {
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ center: [36.35, 35.75], zoom: 11 }));
    await waitForIdle(app.page);
    const drawn = await app.page.evaluate(() => {
      const m = window.idlibMap!;
      const names = (layer: string) =>
        [...new Set(m.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name as string))].sort();
      const order = m.getStyle().layers.map((l) => l.id);
      return {
        plain: names('region-line'),
        rivers: names('river'),
        riverLabels: names('river-label'),
        roads: names('road'),
        roadLabels: names('road-label'),
        order,
      };
    });
    expect(drawn.plain).toContain('al-Ghab plain');
    expect(drawn.rivers).toContain('Orontes');
    expect(drawn.riverLabels).toContain('Orontes');
    expect(drawn.roads).toContain('Ghab road');
    expect(drawn.roadLabels).toContain('Ghab road');
    // Over the control fill (so they keep their colour), under the M4/M5.
    expect(drawn.order.indexOf('river')).toBeGreaterThan(drawn.order.indexOf('control-fill'));
    expect(drawn.order.indexOf('road')).toBeLessThan(drawn.order.indexOf('highway-casing'));
    await screenshot(app.page, 'geography-ghab-z11');
  });

  test('a village placed from a description is a hollow ring; one from a gazetteer a white dot', async () => {
    const at = (id: string) => settlements.features.find((f) => f.properties.id === id)!;
    const estimated = at('farwan');
    const surveyed = at('abu-dafnah');
    // The data behind the assertion: one is an estimate, the other a gazetteer point.
    expect(estimated.properties.precision_m).toBeGreaterThanOrEqual(3000);
    expect(surveyed.properties.precision_m).toBeLessThan(3000);
    const [lon, lat] = surveyed.geometry.coordinates as [number, number];
    await app.page.evaluate(([x, y]) => void window.idlibMap!.jumpTo({ center: [x!, y!], zoom: 11 }), [lon, lat]);
    await waitForIdle(app.page);
    const white = (rgb: number[]) => rgb.every((c) => c > 245);
    expect(white(await colourAt(app.page, lon, lat))).toBe(true);
    const [eLon, eLat] = estimated.geometry.coordinates as [number, number];
    // The ring's middle shows the ground it stands on.
    expect(white(await colourAt(app.page, eLon, eLat))).toBe(false);
    expect((await renderedAt(app.page, eLon, eLat, ['settlement-circle'])).map((h) => h.id)).toContain('farwan');
    await screenshot(app.page, 'geography-approximate');
    // Its panel says so at once, not only under "Location and sources".
    await showHash(app.page, '#place=farwan');
    expect(await app.page.locator('.place-panel .kind').textContent()).toContain(
      `position approximate (±${estimated.properties.precision_m / 1000} km`,
    );
    await showHash(app.page, '#place=abu-dafnah');
    expect(await app.page.locator('.place-panel .kind').textContent()).not.toContain('approximate');
    // Its second source is a point worked out from "about 15 km east of Maarat": the check says how rough that is.
    const derived = surveyed.properties.second_source!;
    expect(derived.title).toMatch(/^COARSE, derived:/);
    await app.page.getByText('Location and sources').click();
    expect(await app.page.locator('.place-panel .coordinate-check').textContent()).toContain(
      `that position is itself approximate (±${derived.precision_m! / 1000} km)`,
    );
    await showHash(app.page, '#');
  });

  test('hovering Saraqeb highlights it; clicking selects it and opens its panel', async () => {
    await app.page.evaluate(([x, y]) => void window.idlibMap!.jumpTo({ center: [x!, y!], zoom: 11 }), [LON, LAT]);
    await waitForIdle(app.page);
    const at = await pixelOf(app.page, LON, LAT);
    await app.page.mouse.move(at.x, at.y);
    await app.page.waitForFunction(() => window.idlibMap!.getFeatureState({ source: 'places', id: 'saraqeb' }).hover === true);
    expect(await app.page.evaluate(() => window.idlibMap!.getCanvas().style.cursor)).toBe('pointer');
    await app.page.mouse.click(at.x, at.y);
    await app.page.getByRole('heading', { name: 'Saraqeb', level: 2 }).waitFor();
    expect(await app.page.locator('.place-panel .name-ar').textContent()).toBe('سراقب');
    // Where else its coordinate is found, and how far apart the two lie.
    await app.page.getByText('Location and sources').click();
    const check = saraqeb.properties.second_source!;
    const line = app.page.locator('.place-panel .coordinate-check');
    expect(await line.textContent()).toBe(
      `Checked against ${check.title}: ${Math.round(check.distance_m / 10) * 10} m from the point drawn here.`,
    );
    expect(await line.getByRole('link').getAttribute('href')).toBe(check.url);
    expect(await app.page.evaluate(() => window.idlibMap!.getFeatureState({ source: 'places', id: 'saraqeb' }).selected)).toBe(true);
    expect(await app.page.evaluate(() => location.hash)).toContain('place=saraqeb');
    await waitForIdle(app.page);
    await screenshot(app.page, 'geography-selected');
  });

  test('finding a place by a spelling from the reports selects it and flies there, clear of its panel', async () => {
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ center: [36.3, 35.5], zoom: 8 }));
    const search = app.page.getByRole('combobox', { name: 'Find a place' });
    await search.fill('Nairab');
    const option = app.page.getByRole('option').first();
    expect(await option.textContent()).toContain('Nayrab');
    await screenshot(app.page, 'geography-search');
    await search.press('Enter');
    await app.page.locator('.place-panel[data-place="nayrab"]').waitFor();
    await app.page.waitForFunction(() => !window.idlibMap!.isMoving());
    await waitForIdle(app.page);
    const nayrab = places.features.find((f) => f.properties.id === 'nayrab')!.geometry.coordinates;
    // The place lands in the middle of the map that the panel leaves uncovered.
    const at = await pixelOf(app.page, nayrab[0]!, nayrab[1]!);
    const clear = await app.page.evaluate(() => {
      const map = window.idlibMap!.getContainer().getBoundingClientRect();
      const panel = document.querySelector('.side-panel')!.getBoundingClientRect();
      return { x: (map.left + panel.left) / 2, y: (map.top + map.bottom) / 2 };
    });
    expect(Math.abs(at.x - clear.x)).toBeLessThan(2);
    expect(Math.abs(at.y - clear.y)).toBeLessThan(2);
  });
});
