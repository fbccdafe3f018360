// Territory chart, front line, two dates compared, share / PNG / embed: as a reader meets them.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useBrowser, openApp, screenshot, showHash, waitForIdle, type PageRecord } from './browser.ts';

const gainsOf = (page: Page, side: string) =>
  page.locator(`.side-panel .gains[data-side="${side}"] li`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-place')));

async function waitForLayer(page: Page, id: string): Promise<void> {
  await page.waitForFunction((layer) => window.idlibMap?.getLayer(layer) !== undefined, id);
  await waitForIdle(page);
}

describe('analysis: territory, front, compare, share', { timeout: 240_000 }, () => {
  const browser = useBrowser();
  // One desktop page for the file: each test moves it to the URL it starts from, as a reader
  // editing the hash would (loading the app afresh for each costs more than all the checks).
  let app: PageRecord;
  beforeAll(async () => {
    app = await openApp(browser(), '#date=2020-02-10');
  });
  /** Back to the map (not the text view), then to the URL's state. */
  async function visit(hash: string): Promise<void> {
    const mapView = app.page.getByRole('button', { name: 'Map view' });
    if (await mapView.count()) await mapView.click();
    await showHash(app.page, hash);
  }

  test('the territory chart sits on the slider’s scale, marks the day and shows its figures on focus', async () => {
    await visit('#date=2020-02-10');
    const chart = app.page.locator('.territory-chart[data-days]');
    await chart.waitFor();
    expect(await chart.getAttribute('data-days')).toBe('97');
    // The day mark and the slider's thumb centre are at the same x (within a pixel or two).
    const xs = await app.page.evaluate(() => {
      const mark = document.querySelector('.territory-chart .day-mark')!.getBoundingClientRect();
      const slider = document.querySelector<HTMLInputElement>('input.slider')!;
      const r = slider.getBoundingClientRect();
      const thumb = 16;
      const f = Number(slider.value) / Number(slider.max);
      return { mark: mark.left + mark.width / 2, thumb: r.left + thumb / 2 + f * (r.width - thumb) };
    });
    expect(Math.abs(xs.mark - xs.thumb)).toBeLessThan(2.5);
    await chart.focus();
    const readout = app.page.locator('.chart-readout');
    expect(await readout.getAttribute('data-date')).toBe('2020-02-10');
    expect(await readout.textContent()).toMatch(/10 Feb 2020.*Government [\d,]+ km².*Opposition [\d,]+ km²/);
    await app.page.keyboard.press('ArrowRight');
    expect(await readout.getAttribute('data-date')).toBe('2020-02-11');
    await app.page.keyboard.press('Enter');
    expect(await app.page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toBe('Tuesday 11 February 2020');
    // Hovering a point of the chart shows that day.
    const box = (await chart.boundingBox())!;
    await app.page.mouse.move(box.x + 1, box.y + box.height / 2);
    expect(await readout.getAttribute('data-date')).toBe('2019-12-01');
    await screenshot(app.page, 'analysis-chart-1280');
  });

  test('the front line is drawn for the day by feature state, and its length is in the text view', async () => {
    await visit('#date=2020-02-28&map=10/35.85/36.75');
    await waitForLayer(app.page, 'front-line');
    const on = async () =>
      app.page.evaluate(() => {
        const map = window.idlibMap!;
        return map
          .querySourceFeatures('front')
          .filter((f) => map.getFeatureState({ source: 'front', id: f.id! }).on === true)
          .map((f) => {
            // Arrays come back from the tiles as arrays or as JSON text, depending on the source.
            const sides = f.properties.sides as unknown;
            return `${f.properties.from}|${(Array.isArray(sides) ? sides : (JSON.parse(String(sides)) as string[])).join('/')}`;
          });
      });
    const today = [...new Set(await on())];
    expect(today.length).toBeGreaterThan(0);
    expect(today.some((k) => k.endsWith('government/opposition'))).toBe(true);
    for (const k of today) expect(k.split('|')[0]! <= '2020-02-28').toBe(true);
    // No front layer reads the date through global state.
    const usesGlobal = await app.page.evaluate(() =>
      ['front-line', 'front-casing', 'compare-fill'].some((id) =>
        JSON.stringify(window.idlibMap!.getStyle().layers.find((l) => l.id === id) ?? {}).includes('global-state'),
      ),
    );
    expect(usesGlobal).toBe(false);
    await screenshot(app.page, 'analysis-front-1280');
    await app.page.getByRole('button', { name: 'Text view' }).click();
    await app.page.locator('.front-today li').first().waitFor();
    const fronts = await app.page.locator('.front-today li').allTextContents();
    expect(
      fronts.some((t) => /^Government \/ Opposition: [\d,.]+ km$/.test(t)),
      fronts.join('; '),
    ).toBe(true);
    expect(await app.page.locator('.territory-today li[data-side="government"]').textContent()).toMatch(/Government: [\d,]+ km²/);
    await screenshot(app.page, 'analysis-text-view-1280');
  });

  test('#date=2020-03-05&since=2019-12-01 lists Maarat al-Nu’man and Saraqeb among the government’s gains', async () => {
    await visit('#date=2020-03-05&since=2019-12-01');
    await app.page.locator('.side-panel .compare-summary').waitFor();
    const gains = await gainsOf(app.page, 'government');
    expect(gains).toContain('maarat-al-numan');
    expect(gains).toContain('saraqeb');
    const text = await app.page.locator('.side-panel .gains[data-side="government"]').textContent();
    expect(text).toContain("Maarat al-Nu'man");
    // Each change with its date and sources.
    const saraqeb = app.page.locator('.side-panel li[data-place="saraqeb"]');
    await saraqeb.locator('summary').click();
    expect(await saraqeb.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await app.page.locator('.side-panel .compare-km2 tr', { hasText: 'Government' }).textContent()).toMatch(
      /Government[\d,]+ km²0 km²\+[\d,]+ km²/,
    );
    // The map colours the gained cells by feature state.
    await waitForLayer(app.page, 'compare-fill');
    const gained = await app.page.evaluate(() => window.idlibMap!.getFeatureState({ source: 'compare-cells', id: 'saraqeb' }).gained);
    expect(gained).toBe('government');
    expect(await app.page.evaluate(() => location.hash)).toContain('since=2019-12-01');
    await screenshot(app.page, 'analysis-compare-1280');
  });

  test('#date=2020-02-28&since=2020-02-20 does not list Saraqeb among the government’s gains; the text view lists it', async () => {
    await visit('#date=2020-02-28&since=2020-02-20');
    await app.page.locator('.side-panel .compare-summary').waitFor();
    expect(await gainsOf(app.page, 'government')).not.toContain('saraqeb');
    expect(await gainsOf(app.page, 'opposition')).toContain('saraqeb');
    await app.page.getByRole('button', { name: 'Text view' }).click();
    await app.page.locator('.text-view .compare-summary').waitFor();
    expect(await app.page.locator('.text-view .compare-summary').getAttribute('data-earlier')).toBe('2020-02-20');
    // Clearing the comparison removes it from the URL.
    await app.page.getByRole('button', { name: 'Map view' }).click();
    await app.page.locator('.compare-control').getByRole('button', { name: 'Stop comparing' }).click();
    expect(await app.page.evaluate(() => location.hash)).not.toContain('since=');
  });

  test('an invalid since is dropped', async () => {
    await visit('#date=2020-02-28&since=2020-02-31');
    expect(await app.page.locator('.side-panel').count()).toBe(0);
    expect(await app.page.evaluate(() => location.hash)).not.toContain('since');
  });

  test('the share panel: a link to the view, an exported PNG with its caption, and an embed snippet', async () => {
    await visit('#date=2020-02-28&since=2020-02-20');
    await app.page.getByRole('button', { name: 'Share' }).click();
    const panel = app.page.getByRole('dialog', { name: 'Share this view' });
    expect(await panel.locator('#share-link').inputValue()).toMatch(/#date=2020-02-28&map=[^&]+&since=2020-02-20$/);
    expect(await panel.locator('#share-embed').inputValue()).toMatch(/^<iframe src="[^"]+since=2020-02-20&amp;embed=1"/);
    await screenshot(app.page, 'analysis-share-1280');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download image (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('idlib-2020-2020-02-28-since-2020-02-20.png');
    // The browser may run in another process (one Chromium for the suite): save the file here.
    const { mkdirSync, readFileSync } = await import('node:fs');
    mkdirSync('tests/browser/screenshots', { recursive: true });
    const path = 'tests/browser/screenshots/analysis-export.png';
    await download.saveAs(path);
    const png = readFileSync(path);
    // Decode it in the page and measure it against the map canvas.
    const measured = await app.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = window.idlibMap!.getCanvas();
      return { w: img.naturalWidth, h: img.naturalHeight, mapW: canvas.width, mapH: canvas.height };
    }, png.toString('base64'));
    const [, band] = (await panel.getAttribute('data-size'))!.split('+');
    expect(measured.w).toBe(measured.mapW);
    expect(measured.h).toBe(measured.mapH + Number(band));
    expect(Number(band)).toBeGreaterThan(40);
    const caption = (await panel.getAttribute('data-caption'))!;
    expect(caption).toContain('Friday 28 February 2020');
    expect(caption).toContain('Natural Earth');
    expect(caption).toContain('#date=2020-02-28');
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  test('embed mode shows the map and the time bar only', async () => {
    await visit('#date=2020-02-28&embed=1');
    const visible = await app.page.evaluate(() =>
      ['.topbar', '.legend', '.side-panel', '.text-view', '.compare-control', '.share-panel', '.map', '.timebar'].filter((s) => {
        const el = document.querySelector(s);
        return el !== null && el.getBoundingClientRect().height > 0;
      }),
    );
    expect(visible).toEqual(['.map', '.timebar']);
    await screenshot(app.page, 'analysis-embed-1280');
  });

  test('phone size: chart, compare panel, share panel and embed', async () => {
    const phone = { width: 390, height: 844 };
    const onPhone = await openApp(browser(), '#date=2020-03-05&since=2019-12-01', phone);
    await onPhone.page.locator('.side-panel .compare-summary').waitFor();
    await onPhone.page.locator('.territory-chart[data-days]').waitFor();
    await screenshot(onPhone.page, 'analysis-compare-390');
    await onPhone.page.getByRole('button', { name: 'Share' }).click();
    await screenshot(onPhone.page, 'analysis-share-390');
    await onPhone.page.getByRole('dialog', { name: 'Share this view' }).getByRole('button', { name: 'Close' }).click();
    await showHash(onPhone.page, '#date=2020-02-28&embed=1');
    await screenshot(onPhone.page, 'analysis-embed-390');
    await onPhone.page.context().close();
  });
});
