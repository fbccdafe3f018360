// What the benchmark measures in the browser. Every figure is taken as a pair measured in the same
// page or the same run (a step against a bare repaint; the app against a bare MapLibre page), so
// the ratios hold on a loaded, shared machine.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const VIEWPORT = { width: 1280, height: 800 };

async function openApp(browser: Browser, origin: string, hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  // tsx names functions with a helper that does not exist in the page.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${origin}/${hash}`);
  await page.waitForFunction(() => window.idlibMap?.getLayer('place-circle') !== undefined, undefined, { timeout: 120_000 });
  await page.evaluate(() => new Promise<void>((r) => window.idlibMap!.once('idle', () => r())));
  return page;
}

/** Day steps by keyboard and bare repaints, interleaved, each timed to the map's next idle. */
export async function measureScrub(
  browser: Browser,
  origin: string,
  count = 30,
): Promise<{ steps: number[]; repaints: number[]; sourceLoads: number }> {
  const page = await openApp(browser, origin, '#date=2020-01-20&map=9/35.75/36.65');
  try {
    return await page.evaluate(async (n) => {
      const map = window.idlibMap!;
      const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
      const slider = document.querySelector<HTMLInputElement>('input.slider')!;
      let sourceLoads = 0;
      const onLoading = () => sourceLoads++;
      const timeTo = async (act: () => void) => {
        const t = performance.now();
        const done = idle();
        act();
        // A step that changes nothing on screen must still end in an idle: ask for the frame.
        map.triggerRepaint();
        await done;
        return performance.now() - t;
      };
      const step = (key: string) => timeTo(() => slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
      const repaint = () => timeTo(() => undefined);
      await step('ArrowRight');
      await repaint();
      map.on('dataloading', onLoading);
      const steps: number[] = [];
      const repaints: number[] = [];
      // Forward through the busiest weeks (late January to early March), then back.
      for (let i = 0; i < n; i++) {
        steps.push(await step(i < n / 2 ? 'ArrowRight' : 'ArrowLeft'));
        repaints.push(await repaint());
      }
      map.off('dataloading', onLoading);
      return { steps, repaints, sourceLoads };
    }, count);
  } finally {
    await page.close();
  }
}

/** Plays from the first day at `speed` days/s and counts the days shown and the frame times. */
export async function measurePlay(
  browser: Browser,
  origin: string,
  speed: number,
): Promise<{ days: number; ms: number; daysPerSecond: number; frameMedian: number; frameP90: number }> {
  const page = await openApp(browser, origin, '#date=2019-12-01&map=9/35.75/36.65');
  try {
    await page.selectOption('select[aria-label="Playback speed"]', String(speed));
    return await page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>('input.slider')!;
      const play = document.querySelector<HTMLButtonElement>('button.play')!;
      const frames: number[] = [];
      const start = Number(slider.value);
      let last = performance.now();
      let firstChange = 0;
      let lastChange = 0;
      let shown = start;
      let days = 0;
      play.click();
      await new Promise<void>((done) => {
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          const value = Number(slider.value);
          if (value !== shown) {
            if (days === 0) firstChange = now;
            days += value - shown;
            shown = value;
            lastChange = now;
          }
          if (now - firstChange > 6000 && days > 0) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      play.click();
      frames.sort((a, b) => a - b);
      // From the first day shown to the last: (days - 1) intervals.
      const ms = lastChange - firstChange;
      return {
        days,
        ms,
        daysPerSecond: ((days - 1) * 1000) / ms,
        frameMedian: frames[Math.floor(frames.length / 2)]!,
        frameP90: frames[Math.floor(frames.length * 0.9)]!,
      };
    });
  } finally {
    await page.close();
  }
}

/** A MapLibre page with nothing but the app's basemap style, under <site>/bare/. */
export function writeBarePage(site: string): void {
  const dir = join(site, 'bare');
  mkdirSync(dir, { recursive: true });
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    copyFileSync(join('node_modules/maplibre-gl/dist', f), join(dir, f));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const style = await (await fetch('./style.json')).json();
const map = new maplibregl.Map({ container: 'map', style, center: [36.65, 35.85], zoom: 9 });
map.once('idle', () => performance.mark('first-idle'));
</script></body></html>
`,
  );
}

/** Loads the app and the bare page alternately, each in a fresh context (nothing cached). */
export async function measureColdStart(browser: Browser, origin: string, loads: number): Promise<{ app: number[]; bare: number[] }> {
  // The bare page's style is the app's basemap as the app itself builds it.
  const probe = await openApp(browser, origin, '');
  const style = await probe.evaluate(() => {
    const s = window.idlibMap!.getStyle();
    const sources = Object.fromEntries(Object.entries(s.sources).filter(([id]) => id === 'basemap'));
    const layers = s.layers.filter((l) => l.type === 'background' || ('source' in l && l.source === 'basemap'));
    return { ...s, sources, layers };
  });
  await probe.close();
  writeFileSync(join(process.cwd(), '.bench/site/bare/style.json'), JSON.stringify(style));

  const timeOf = async (url: string, mark: string) => {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(url);
    const ms = await page.evaluate(
      (name) =>
        new Promise<number>((done) => {
          const look = () => {
            const [entry] = performance.getEntriesByName(name);
            if (entry) done(entry.startTime);
            else setTimeout(look, 20);
          };
          look();
        }),
      mark,
    );
    await context.close();
    return ms;
  };
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < loads; i++) {
    app.push(await timeOf(`${origin}/#map=9/35.85/36.65`, 'idlib:first-view-drawn'));
    bare.push(await timeOf(`${origin}/bare/`, 'first-idle'));
  }
  return { app, bare };
}
