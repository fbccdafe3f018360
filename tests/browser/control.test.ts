import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { SIDE_COLOURS } from '../../src/core/theme.ts';
import type { ControlFacts, PlaceCollection } from '../../src/core/types.ts';
import {
  colourAt,
  colourDistance,
  hexToRgb,
  useBrowser,
  openApp,
  pixelOf,
  screenshot,
  shownAt,
  sidesPaintedAt,
  waitForIdle,
  type PageRecord,
} from './browser.ts';

const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as PlaceCollection;
const [LON, LAT] = places.features.find((f) => f.properties.id === 'saraqeb')!.geometry.coordinates as [number, number];
// A point 1.5 km south-east of the town centre, inside Saraqeb's cell but clear of its marker.
const PROBE: [number, number] = [LON + 0.012, LAT - 0.008];

const sideUnder = (app: PageRecord) => sidesPaintedAt(app.page, PROBE[0], PROBE[1]);
const slider = (app: PageRecord) => app.page.getByRole('slider', { name: 'Date' });

describe('control over time', () => {
  const browser = useBrowser();
  let app: PageRecord;

  beforeAll(async () => {
    app = await openApp(browser(), `#date=2020-03-04&map=12/${LAT}/${LON}`);
  });

  test('a #date= URL restores the day and the view', async () => {
    expect(await slider(app).getAttribute('aria-valuetext')).toMatch(/^Wednesday 4 March 2020(:|$)/);
    const view = await app.page.evaluate(() => ({ zoom: window.idlibMap!.getZoom(), lat: window.idlibMap!.getCenter().lat }));
    expect(view.zoom).toBeCloseTo(12, 1);
    expect(view.lat).toBeCloseTo(LAT, 3);
    expect(await sideUnder(app)).toEqual(['government']);
  });

  test('moving the slider changes the area under Saraqeb, and its colour', async () => {
    await slider(app).focus();
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('ArrowLeft'); // 4 Mar → 28 Feb (2020 is a leap year)
    expect(await slider(app).getAttribute('aria-valuetext')).toMatch(/^Friday 28 February 2020(:|$)/);
    await waitForIdle(app.page);
    expect(await sideUnder(app)).toEqual(['opposition']);
    const colour = await colourAt(app.page, PROBE[0], PROBE[1]);
    expect(colourDistance(colour, hexToRgb(SIDE_COLOURS.opposition))).toBeLessThan(
      colourDistance(colour, hexToRgb(SIDE_COLOURS.government)),
    );
    expect(await app.page.evaluate(() => location.hash)).toContain('date=2020-02-28');
    await screenshot(app.page, 'control-2020-02-28');
    await app.page.keyboard.press('PageUp'); // a week later: 6 March
    expect(await slider(app).getAttribute('aria-valuetext')).toMatch(/^Friday 6 March 2020(:|$)/);
    await waitForIdle(app.page);
    expect(await sideUnder(app)).toEqual(['government']);
    await screenshot(app.page, 'control-2020-03-06');
  });

  test('Home, End and PageDown move by the period and by a week', async () => {
    await slider(app).focus();
    await app.page.keyboard.press('Home');
    expect(await slider(app).getAttribute('aria-valuetext')).toMatch(/^Sunday 1 December 2019(:|$)/);
    await app.page.keyboard.press('End');
    expect(await slider(app).getAttribute('aria-valuetext')).toMatch(/^Friday 6 March 2020(:|$)/);
    await app.page.keyboard.press('PageDown');
    expect(await slider(app).getAttribute('aria-valuetext')).toMatch(/^Friday 28 February 2020(:|$)/);
  });

  test('the M4 corridor shows from the ceasefire day on', async () => {
    const corridorAt = async () =>
      (await shownAt(app.page, LON - 0.05, LAT + 0.01, ['m4-corridor-fill'])).filter((f) => f.state.on === true).length;
    await slider(app).focus();
    await app.page.keyboard.press('End');
    await waitForIdle(app.page);
    expect(await corridorAt()).toBe(1);
    await app.page.keyboard.press('ArrowLeft');
    await waitForIdle(app.page);
    expect(await corridorAt()).toBe(0);
  });

  test('clicking the map says who held that point, since when and on whose word', async () => {
    await slider(app).focus();
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('PageDown'); // 28 February
    await waitForIdle(app.page);
    const at = await pixelOf(app.page, PROBE[0], PROBE[1]);
    await app.page.mouse.click(at.x, at.y);
    const card = app.page.getByRole('complementary', { name: 'Who held this point' });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('On Friday 28 February 2020, Opposition held this point');
    expect(text).toContain('Saraqeb');
    expect(text).toContain('since 27 Feb 2020');
    await card.getByText('Source of that change').click();
    expect(await card.locator('.sources li').count()).toBeGreaterThan(0);
    await screenshot(app.page, 'control-probe');
  });

  test('ground that changed hands since the day shown before is highlighted', async () => {
    await slider(app).focus();
    await app.page.keyboard.press('End');
    for (let i = 0; i < 9; i++) await app.page.keyboard.press('ArrowLeft'); // 26 February
    await app.page.keyboard.press('ArrowRight'); // 27 February: Saraqeb retaken
    const flashed = await app.page.evaluate(() => window.idlibMap!.getFeatureState({ source: 'control-cells', id: 'saraqeb' }).changed);
    expect(flashed).toBe(true);
    await waitForIdle(app.page);
    await screenshot(app.page, 'control-flash');
  });

  test('play advances the days at the chosen speed; pause stops them', async () => {
    await slider(app).focus();
    await app.page.keyboard.press('Home');
    await app.page.getByRole('combobox', { name: 'Playback speed' }).selectOption('8');
    const play = app.page.getByRole('button', { name: 'Play the days' });
    await play.click();
    await app.page.waitForFunction(
      () => document.querySelector('input.slider')!.getAttribute('aria-valuetext') !== 'Sunday 1 December 2019',
    );
    await app.page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider(app).getAttribute('aria-valuetext');
    await waitForIdle(app.page);
    expect(await slider(app).getAttribute('aria-valuetext')).toBe(paused);
    expect(await app.page.getByRole('button', { name: 'Play the days' }).count()).toBe(1);
  });

  test('a day step reloads no source, and a query in the same frame answers the new day', async () => {
    await slider(app).focus();
    await app.page.keyboard.press('End');
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ zoom: 9, center: [36.65, 35.8] }));
    await waitForIdle(app.page);
    const result = await app.page.evaluate(
      async ({ changes }) => {
        const map = window.idlibMap!;
        let loads = 0;
        const onLoading = () => loads++;
        map.on('dataloading', onLoading);
        const slider = document.querySelector<HTMLInputElement>('input.slider')!;
        const mismatches: string[] = [];
        let checked = 0;
        // Back through the last fortnight, the busiest of the battle, one day at a time.
        for (let i = 0; i < 14; i++) {
          slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
          const day = new Date(Date.UTC(2020, 2, 6 - (i + 1))).toISOString().slice(0, 10);
          // No await between the step and the query: the same frame.
          for (const [place, lon, lat, history] of changes) {
            const p = map.project([lon, lat]);
            if (p.x < 0 || p.y < 0 || p.x > map.getCanvas().clientWidth || p.y > map.getCanvas().clientHeight) continue;
            const want = history.filter(([date]) => date <= day).at(-1)![1];
            const got = map.queryRenderedFeatures(p, { layers: ['control-fill'] }).map((f) => f.state.side);
            checked++;
            if (got.length !== 1 || got[0] !== want) mismatches.push(`${day} ${place}: ${got.join('/')} (want ${want})`);
          }
          await new Promise<void>((r) => {
            map.once('idle', () => r());
            map.triggerRepaint();
          });
        }
        map.off('dataloading', onLoading);
        return { loads, mismatches, checked };
      },
      { changes: settlementHistories() },
    );
    expect(result.mismatches).toEqual([]);
    expect(result.checked).toBeGreaterThan(14 * 100);
    expect(result.loads, 'sources (re)loaded by day steps').toBe(0);
  });
});

/** Every settlement of the model with its sides by date ([1 Dec side], then each change), from the published facts. */
function settlementHistories(): [string, number, number, [string, string][]][] {
  const facts = JSON.parse(readFileSync('dist/data/control-facts.json', 'utf8')) as ControlFacts;
  const all = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8')) as PlaceCollection;
  const at = new Map(all.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));
  return facts.settlements.map((s) => {
    const [lon, lat] = at.get(s.place)!;
    return [
      s.place,
      lon,
      lat,
      [[facts.start, s.initial] as [string, string], ...s.changes.map((c) => [c.date, c.side] as [string, string])],
    ];
  });
}
// Bad values of every URL key are tried in hostile-input.test.ts.
