import { beforeAll, describe, expect, test } from 'vitest';
import { KEY_DAYS } from '../../src/time/key-days.ts';
import { useBrowser, noErrors, openApp, screenshot, waitForIdle, type PageRecord } from './browser.ts';

const PHONE = { width: 390, height: 844 };

/** The hash key's value, or null. */
async function hashValue(app: PageRecord, key: string): Promise<string | null> {
  return app.page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
}

async function setHash(app: PageRecord, hash: string): Promise<void> {
  await app.page.evaluate((h) => (location.hash = h), hash);
  await waitForIdle(app.page);
}

describe('polish: labels, legend, time bar, Escape, probe mark, words, URL, print', () => {
  const browser = useBrowser();
  let desk: PageRecord;

  beforeAll(async () => {
    desk = await openApp(browser());
    await screenshot(desk.page, 'polish-opening-desktop');
  });

  test('the places the reports name keep their labels at the opening view', async () => {
    const labelled = await desk.page.evaluate(() =>
      window.idlibMap!.queryRenderedFeatures({ layers: ['place-label'] }).map((f) => f.properties.id as string),
    );
    for (const id of ['nayrab', 'qaminas', 'baliun', 'kafr-nabl', 'saraqeb', 'maarat-al-numan', 'idlib'])
      expect(labelled, id).toContain(id);
  });

  test('no event or post icon sits on a label (28 February, the busiest day)', async () => {
    await setHash(desk, '#date=2020-02-28&map=10/35.75/36.65');
    const overlaps = await desk.page.evaluate(() => {
      const m = window.idlibMap!;
      const labelLayers = ['place-label', 'settlement-label', 'region-label'].filter((l) => m.getLayer(l));
      const found: string[] = [];
      for (const layer of ['event-icon', 'post-icon']) {
        const offset = (m.getLayoutProperty(layer, 'icon-offset') as [number, number] | undefined) ?? [0, 0];
        // Event icons of other days are there but transparent: only the shown ones count.
        for (const f of m
          .queryRenderedFeatures({ layers: [layer] })
          .filter((x) => layer !== 'event-icon' || Number(x.state?.opacity ?? 0) > 0)) {
          const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
          const [x, y] = [p.x + offset[0], p.y + offset[1]];
          const under = m.queryRenderedFeatures(
            [
              [x - 8, y - 8],
              [x + 8, y + 8],
            ],
            { layers: labelLayers },
          );
          for (const u of under) found.push(`${String(f.properties.id)} over ${String(u.properties.id)}`);
        }
      }
      return { found, icons: m.queryRenderedFeatures({ layers: ['event-icon', 'post-icon'] }).length };
    });
    expect(overlaps.icons).toBeGreaterThan(5);
    expect(overlaps.found).toEqual([]);
    await screenshot(desk.page, 'polish-icons-and-labels');
  });

  test('the legend is open on a desktop window, folds, and draws the sides in the fills’ colour and opacity', async () => {
    const legend = desk.page.locator('.legend');
    const toggle = legend.getByRole('button', { name: 'Legend' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await legend.locator('.legend-body').isVisible()).toBe(true);
    const fromMap = await desk.page.evaluate(() => {
      const m = window.idlibMap!;
      // The side colours are a `match` on the side, wherever in the expression it sits.
      const colours: Record<string, string> = {};
      const walk = (e: unknown): void => {
        if (!Array.isArray(e)) return;
        if (e[0] === 'match')
          for (let i = 2; i + 1 < e.length; i += 2)
            if (typeof e[i] === 'string' && typeof e[i + 1] === 'string') colours[e[i] as string] = e[i + 1] as string;
        e.forEach(walk);
      };
      walk(m.getPaintProperty('control-fill', 'fill-color'));
      // Certain ground: the fill's opacity (a number, or the last branch of its `case`) times the
      // layer's own opacity, if it has one.
      const fill = m.getPaintProperty('control-fill', 'fill-opacity') as number | unknown[];
      const own = Array.isArray(fill) ? (fill[fill.length - 1] as number) : fill;
      const layer = (m.getPaintProperty('control-fill', 'fill-layer-opacity' as never) as number | undefined) ?? 1;
      return { colours, opacity: own * layer };
    });
    expect(fromMap.opacity).toBeGreaterThan(0.1);
    const sides = await legend.locator('li[data-side]').evaluateAll((items) =>
      items.map((li) => {
        const fill = getComputedStyle(li.querySelector('.fill')!);
        return { side: li.getAttribute('data-side')!, colour: fill.backgroundColor, opacity: Number(fill.opacity) };
      }),
    );
    expect(sides.map((s) => s.side).sort()).toEqual(Object.keys(fromMap.colours).sort());
    for (const s of sides) {
      const hex = fromMap.colours[s.side]!;
      const rgb = `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
      expect(s.colour, s.side).toBe(rgb);
      expect(s.opacity, s.side).toBeCloseTo(fromMap.opacity as number, 5);
    }
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await legend.locator('.legend-body').isVisible()).toBe(false);
    await toggle.click();
  });

  test('the legend’s event and post icons are the map’s own images, pixel for pixel', async () => {
    const mismatches = await desk.page.evaluate(() => {
      const m = window.idlibMap!;
      const out: string[] = [];
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.legend canvas.map-icon')) {
        const name = canvas.dataset.icon!;
        const image = m.getImage(name.startsWith('op-') ? name : `event-${name}`);
        if (!image) {
          out.push(`${name}: not on the map`);
          continue;
        }
        const legendPixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const mapPixels = image.data.data;
        if (image.data.width !== canvas.width || legendPixels.some((v, i) => Math.abs(v - mapPixels[i]!) > 1)) out.push(`${name}: differs`);
      }
      return { out, count: document.querySelectorAll('.legend canvas.map-icon').length };
    });
    expect(mismatches.count).toBeGreaterThanOrEqual(8);
    expect(mismatches.out).toEqual([]);
  });

  test('keyboard only: Tab reaches each key day, Enter moves the map there, its name says what happened', async () => {
    await setHash(desk, '#date=2019-12-10');
    await desk.page.getByRole('slider', { name: 'Date' }).focus();
    for (const k of KEY_DAYS) {
      // From the slider (or the previous key day) the next Tab stop is the next key day.
      await desk.page.keyboard.press('Tab');
      const focused = await desk.page.evaluate(() => ({
        day: document.activeElement?.getAttribute('data-day'),
        name: document.activeElement?.getAttribute('aria-label'),
      }));
      expect(focused.day).toBe(k.date);
      expect(focused.name).toContain(k.label);
      await desk.page.keyboard.press('Enter');
      await waitForIdle(desk.page);
      expect(await hashValue(desk, 'date')).toBe(k.date);
      expect(await desk.page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toContain(k.label);
    }
    await screenshot(desk.page, 'polish-key-day');
  });

  test('the histogram counts control changes as well as events: December shows the front moving', async () => {
    const bars = await desk.page.locator('.histogram .day-bar').evaluateAll((els) =>
      els.map((b) => ({
        day: b.getAttribute('data-day')!,
        changes: Number(b.getAttribute('data-changes')),
        events: Number(b.getAttribute('data-events')),
        title: b.getAttribute('title')!,
      })),
    );
    const december = bars.filter((b) => b.day < '2020-01-01');
    expect(december.reduce((n, b) => n + b.changes, 0)).toBeGreaterThan(5);
    expect(bars.reduce((n, b) => n + b.events, 0)).toBeGreaterThan(0);
    // Counts in proper English: "1 settlement", "3 settlements", never "1 settlements".
    for (const b of bars) {
      expect(b.title).toContain(b.changes === 1 ? '1 settlement changed' : `${b.changes} settlements changed`);
      expect(b.title).toContain(b.events === 1 ? '1 reported event' : `${b.events} reported events`);
    }
    expect(bars.some((b) => b.changes === 1)).toBe(true);
  });

  test('the probe card marks its point; Escape closes it and the mark goes', async () => {
    await setHash(desk, '#date=2020-02-10&map=11/35.70/36.60');
    const box = (await desk.page.locator('.map').boundingBox())!;
    const click = { x: box.x + box.width * 0.31, y: box.y + box.height * 0.63 };
    await desk.page.mouse.click(click.x, click.y);
    await desk.page.locator('.probe-card').waitFor();
    const mark = (await desk.page.locator('.probe-mark').boundingBox())!;
    expect(Math.abs(mark.x + mark.width / 2 - click.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(mark.y + mark.height / 2 - click.y)).toBeLessThanOrEqual(2);
    await screenshot(desk.page, 'polish-probe-mark');
    await desk.page.keyboard.press('Escape');
    expect(await desk.page.locator('.probe-card').count()).toBe(0);
    expect(await desk.page.locator('.probe-mark').count()).toBe(0);
  });

  test('Escape closes the topmost panel, one at a time: reader, then place panel, then probe card', async () => {
    // A probe card beneath a place panel beneath the reader.
    await setHash(desk, '#date=2020-02-10&map=11/35.70/36.60');
    const box = (await desk.page.locator('.map').boundingBox())!;
    await desk.page.mouse.click(box.x + box.width * 0.31, box.y + box.height * 0.63);
    await desk.page.locator('.probe-card').waitFor();
    await setHash(desk, '#date=2020-02-28&place=saraqeb');
    const excerpt = desk.page.locator('.place-panel .excerpt').first();
    await excerpt.focus();
    await desk.page.keyboard.press('Enter');
    await desk.page.getByRole('dialog').waitFor();

    await desk.page.keyboard.press('Escape');
    expect(await desk.page.getByRole('dialog').count()).toBe(0);
    expect(await desk.page.locator('.place-panel').count()).toBe(1);
    // Focus goes back to the excerpt that opened the reader.
    expect(await desk.page.evaluate(() => document.activeElement?.classList.contains('excerpt'))).toBe(true);

    await desk.page.keyboard.press('Escape');
    expect(await desk.page.locator('.place-panel').count()).toBe(0);
    expect(await hashValue(desk, 'place')).toBeNull();
    expect(await desk.page.locator('.probe-card').count()).toBe(1);
    // The focused excerpt went with the panel: focus lands on the map, not on nothing.
    await desk.page.waitForFunction(() => document.activeElement !== document.body);
    expect(await desk.page.evaluate(() => document.activeElement?.className)).toContain('maplibregl-canvas');

    await desk.page.keyboard.press('Escape');
    expect(await desk.page.locator('.probe-card').count()).toBe(0);
  });

  test('an event card closed by Escape stays closed, and leaves the URL', async () => {
    await setHash(desk, '#date=2020-02-27&event=2020-02-27-bara-baliun-strike');
    await desk.page.locator('.event-card').waitFor();
    await desk.page.keyboard.press('Escape');
    expect(await desk.page.locator('.event-card').count()).toBe(0);
    expect(await hashValue(desk, 'event')).toBeNull();
    await desk.page.getByRole('slider', { name: 'Date' }).focus();
    await desk.page.keyboard.press('ArrowRight');
    await waitForIdle(desk.page);
    expect(await desk.page.locator('.event-card').count()).toBe(0);
  });

  test('invalid values are dropped from the URL, the valid ones kept', async () => {
    await setHash(desk, '#date=2020-02-31&map=10/35.8/36.7&place=Not%20an%20id&event=also%20bad');
    expect(await hashValue(desk, 'date')).toBe('2020-03-06');
    expect(await hashValue(desk, 'place')).toBeNull();
    expect(await hashValue(desk, 'event')).toBeNull();
    expect(await hashValue(desk, 'map')).not.toBeNull();
    // Well-formed but naming nothing: dropped too.
    await setHash(desk, '#date=2020-02-01&place=atlantis');
    expect(await hashValue(desk, 'place')).toBeNull();
    expect(await hashValue(desk, 'date')).toBe('2020-02-01');
  });

  test('a place panel counts its excerpts and reports in proper singular and plural', async () => {
    const [one, many] = await desk.page.evaluate(async () => {
      const ex = (await (await fetch('data/excerpts.json')).json()) as Record<string, { article: string }[]>;
      const entries = Object.entries(ex);
      return [entries.find(([, l]) => l.length === 1)![0], entries.find(([, l]) => new Set(l.map((e) => e.article)).size > 1)![0]];
    });
    await setHash(desk, `#place=${one}`);
    expect(await desk.page.locator('.place-panel .excerpts .count').textContent()).toBe('(1 excerpt from 1 report)');
    await setHash(desk, `#place=${many}`);
    expect(await desk.page.locator('.place-panel .excerpts .count').textContent()).toMatch(/^\(\d+ excerpts from \d+ reports\)$/);
  });

  test('bylines name every publisher in the reader’s words', async () => {
    const publishers = await desk.page.evaluate(async () =>
      ((await (await fetch('data/articles.json')).json()) as { publisher: string }[]).map((a) => a.publisher),
    );
    expect(publishers).toHaveLength(5);
    for (const p of publishers) expect(p).not.toMatch(/unknown|furniture|not named|in the file/i);
  });

  test('printing gives one page: the map, its legend open, the day and the attribution; no controls', async () => {
    await setHash(desk, '#date=2020-02-27&map=9/35.85/36.65');
    await desk.page.locator('.legend-toggle').click(); // folded on screen: the print shows it anyway
    await desk.page.emulateMedia({ media: 'print' });
    const shown = await desk.page.evaluate(() => {
      const visible = (sel: string) => {
        const el = document.querySelector(sel);
        return !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0;
      };
      return {
        caption: document.querySelector('.print-caption')?.textContent ?? '',
        legend: visible('.legend-body'),
        attribution: visible('.maplibregl-ctrl-attrib-inner'),
        attributionText: document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '',
        map: visible('.maplibregl-canvas'),
        topbar: visible('.topbar'),
        timebar: visible('.timebar'),
        zoom: visible('.maplibregl-ctrl-zoom-in'),
      };
    });
    expect(shown).toMatchObject({ legend: true, attribution: true, map: true, topbar: false, timebar: false, zoom: false });
    expect(shown.caption).toContain('Thursday 27 February 2020');
    expect(shown.attributionText).toContain('Natural Earth');
    const pdf = await desk.page.pdf({ format: 'A4', landscape: true, path: 'tests/browser/screenshots/polish-print.pdf' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await desk.page.emulateMedia({ media: 'screen' });
  });

  describe('at phone size', () => {
    let phone: PageRecord;
    beforeAll(async () => {
      phone = await openApp(browser(), '', PHONE);
      await screenshot(phone.page, 'polish-opening-phone');
    });

    test('the legend starts folded and unfolds on a tap', async () => {
      const toggle = phone.page.getByRole('button', { name: 'Legend' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await phone.page.locator('.legend-body').isVisible()).toBe(false);
      const legend = (await phone.page.locator('.legend').boundingBox())!;
      expect(legend.width * legend.height).toBeLessThan(PHONE.width * PHONE.height * 0.03);
      await toggle.click();
      expect(await phone.page.locator('.legend-body').isVisible()).toBe(true);
      await screenshot(phone.page, 'polish-legend-phone');
    });

    test('the key days are buttons on the track, each with its full name', async () => {
      const names = await phone.page
        .getByRole('group', { name: 'Key days' })
        .getByRole('button')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
      expect(names).toHaveLength(KEY_DAYS.length);
      for (const [i, k] of KEY_DAYS.entries()) expect(names[i]).toContain(k.label);
      noErrors(phone);
    });
  });
});
