import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { contentSecurityPolicy } from '../../csp.ts';
import { buildAll } from '../../pipeline/index.ts';
import type { ArticleIndexEntry } from '../../src/core/types.ts';
import { useBrowser, noErrors, openApp, screenshot, waitForIdle, type PageRecord } from './browser.ts';
import { serveStatic } from './static-server.ts';

describe('the reporting: panel, reader, events', () => {
  const browser = useBrowser();
  let app: PageRecord;

  beforeAll(async () => {
    app = await openApp(browser(), '#date=2020-02-28&place=saraqeb');
  });

  test('#place=saraqeb opens its panel with excerpts from at least three reports, newest first', async () => {
    const panel = app.page.locator('.place-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Saraqeb');
    const groups = panel.locator('.excerpt-group');
    expect(await groups.count()).toBeGreaterThanOrEqual(3);
    const dates = await groups.locator('.byline').allTextContents();
    const isoOrder = dates.map((d) => Date.parse(d.match(/\d{1,2} \w{3} \d{4}/)![0]));
    expect([...isoOrder].sort((a, b) => b - a)).toEqual(isoOrder);
    expect(await panel.locator('.excerpt mark').first().textContent()).toMatch(/Saraq[ie]b/);
    await screenshot(app.page, 'reporting-panel');
  });

  test('an excerpt opens the reader with the whole report and that sentence highlighted in view', async () => {
    const first = app.page.locator('.place-panel .excerpt').first();
    const excerptText = (await first.textContent())!;
    await first.click();
    const reader = app.page.getByRole('dialog');
    await reader.waitFor();
    const highlighted = reader.locator('.sentence-highlight');
    expect((await highlighted.allTextContents()).join('')).toBe(excerptText);
    expect(await highlighted.first().isVisible()).toBe(true);
    const box = await highlighted.first().boundingBox();
    const viewport = app.page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height);
    await screenshot(app.page, 'reporting-reader');
  });

  test('a place name in the reader flies the map there and selects it', async () => {
    const mention = app.page
      .getByRole('dialog')
      .locator('button.mention', { hasText: /^(Nayrab|Nairab|Idlib|Aleppo|Saraqeb|Saraqib)$/ })
      .first();
    await mention.click();
    await waitForIdle(app.page);
    const selected = await app.page.evaluate(() => location.hash.match(/place=([\w-]+)/)?.[1] ?? null);
    expect(selected).not.toBeNull();
    await app.page.keyboard.press('Escape');
    expect(await app.page.getByRole('dialog').count()).toBe(0);
  });

  test('an event shows on its day; clicking it opens its card with who claimed what', async () => {
    await app.page.evaluate(() => void window.idlibMap!.jumpTo({ center: [36.5225, 35.691], zoom: 11 }));
    await app.page.getByRole('slider', { name: 'Date' }).focus();
    await app.page.keyboard.press('ArrowLeft'); // 27 February
    await waitForIdle(app.page);
    const icon = await app.page.evaluate(() => {
      const m = window.idlibMap!;
      const f = m.queryRenderedFeatures({ layers: ['event-icon'] }).find((x) => x.properties.id === '2020-02-27-bara-baliun-strike');
      if (!f) return null;
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return { x: p.x, y: p.y };
    });
    expect(icon).not.toBeNull();
    const box = (await app.page.locator('.map').boundingBox())!;
    await app.page.mouse.click(box.x + icon!.x + 10, box.y + icon!.y - 10); // the icon is drawn offset up-right of its point
    const card = app.page.locator('.event-card');
    await card.waitFor();
    const claims = await card.locator('.claims').textContent();
    expect(claims).toContain('33');
    expect(claims).toContain('34');
    await screenshot(app.page, 'reporting-event');
    const quote = card.locator('.quotes .excerpt').first();
    const quoted = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    const highlighted = app.page.getByRole('dialog').locator('.sentence-highlight');
    await highlighted.first().waitFor();
    expect((await highlighted.allTextContents()).join('')).toBe(quoted);
    await app.page.keyboard.press('Escape');
  });

  test('a region opens its panel too: #place=jabal-al-zawiya lists its excerpts', async () => {
    await app.page.evaluate(() => (location.hash = '#date=2020-03-01&place=jabal-al-zawiya'));
    const panel = app.page.locator('.place-panel[data-place="jabal-al-zawiya"]');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Jabal al-Zawiya');
    expect(await panel.locator('.excerpt').count()).toBeGreaterThan(0);
    expect(await panel.locator('.excerpt mark').first().textContent()).toMatch(/Jabal (al-)?Zawiya/i);
  });
});

describe('report text is untrusted', () => {
  const browser = useBrowser();
  let server: Server;
  let origin: string;
  let work: string;
  const MARKUP =
    'Fighters entered Saraqeb at dawn <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> residents fled.';

  beforeAll(async () => {
    // Add a report the way the README says: drop the .txt in, add its entry, rebuild. The small
    // fixture geo/ (which has Saraqeb) stands in for the real one, so the real data is built once.
    work = mkdtempSync(join(tmpdir(), 'idlib-markup-'));
    const geo = join(work, 'geo');
    cpSync('tests/fixtures/geo-base', geo, { recursive: true });
    writeFileSync(join(geo, 'articles', '999_markup.txt'), `${MARKUP}\n`);
    const index = JSON.parse(readFileSync(join(geo, 'articles', 'index.json'), 'utf8')) as ArticleIndexEntry[];
    index.push({
      id: '999_markup',
      file: '999_markup.txt',
      title: 'Markup <b>test</b>',
      title_written_here: true,
      publisher: 'Test <i>press</i>',
      date: '2020-03-05',
      date_inferred: false,
      date_basis: 'test',
      url: null,
    });
    writeFileSync(join(geo, 'articles', 'index.json'), JSON.stringify(index, null, 2));
    const site = join(work, 'site');
    cpSync(inject('dist'), site, { recursive: true });
    rmSync(join(site, 'data'), { recursive: true });
    mkdirSync(join(site, 'data'));
    for (const [name, body] of Object.entries(buildAll(geo))) {
      // schema/<file>.schema.json lies in a folder of its own.
      mkdirSync(dirname(join(site, 'data', name)), { recursive: true });
      writeFileSync(join(site, 'data', name), body);
    }
    ({ server, origin } = await serveStatic(site, { 'content-security-policy': contentSecurityPolicy() }));
  });
  afterAll(async () => {
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('markup in a report is shown as text in the panel and the reader, and nothing runs', async () => {
    const app = await openApp(browser(), '#place=saraqeb', undefined, origin);
    const excerpt = app.page.locator('.place-panel .excerpt', { hasText: 'Fighters entered' });
    await excerpt.waitFor();
    expect(await excerpt.textContent()).toBe(MARKUP);
    expect(await app.page.locator('.place-panel').getByText('Markup <b>test</b>').count()).toBe(1);
    await excerpt.click();
    const reader = app.page.getByRole('dialog');
    await reader.waitFor();
    expect(await reader.locator('.reader-text').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await app.page.locator('.place-panel img, .reader img, .reader script, .place-panel b').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(app.page, 'reporting-markup');
    noErrors(app);
  });
});
