// npm run bench: speed as ratios measured in one run (the machines are shared and noisy, so
// absolute times are printed only for context), and the bytes shipped.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { controlAreas, voronoiCells } from '../geo/build/control-areas.ts';
import { loadControlFacts } from '../geo/build/control-facts.ts';
import { loadArticles } from '../geo/build/articles.ts';
import { loadGeography } from '../geo/build/geography.ts';
import { buildAll, syria } from '../geo/build/index.ts';
import { linkExcerpts } from '../geo/build/link-excerpts.ts';
import { GEO_DIR } from '../geo/build/paths.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function sizes(): void {
  console.log('\n## Bytes shipped (dist/)');
  const files = walk('dist').map((path) => {
    const body = readFileSync(path);
    return { path: relative('dist', path), raw: body.length, gzip: gzipSync(body).length };
  });
  const groups: Record<string, (p: string) => boolean> = {
    'app code (js)': (p) => p.startsWith('assets/') && p.endsWith('.js'),
    'map worker': (p) => p.endsWith('.mjs'),
    css: (p) => p.endsWith('.css'),
    'data/': (p) => p.startsWith('data/'),
    other: () => true,
  };
  const seen = new Set<string>();
  for (const [name, test] of Object.entries(groups)) {
    const group = files.filter((f) => !seen.has(f.path) && test(f.path));
    group.forEach((f) => seen.add(f.path));
    const raw = group.reduce((s, f) => s + f.raw, 0);
    const gz = group.reduce((s, f) => s + f.gzip, 0);
    console.log(`${name.padEnd(16)} ${kib(raw).padStart(11)} raw ${kib(gz).padStart(11)} gzip  (${group.length} files)`);
  }
  const total = files.reduce((s, f) => s + f.raw, 0);
  const totalGz = files.reduce((s, f) => s + f.gzip, 0);
  console.log(`${'total'.padEnd(16)} ${kib(total).padStart(11)} raw ${kib(totalGz).padStart(11)} gzip`);
  for (const f of files.filter((x) => x.path.startsWith('data/')).sort((a, b) => b.raw - a.raw)) {
    console.log(`  ${f.path.padEnd(32)} ${kib(f.raw).padStart(11)} raw ${kib(f.gzip).padStart(10)} gzip`);
  }
}

function dataBuild(): void {
  console.log('\n## Data build (share of one full build, same run)');
  const [, total] = time(() => buildAll());
  const outline = syria();
  const [geography, tGeo] = time(() => loadGeography(GEO_DIR, outline));
  const byId = new Map(geography.places.map((p) => [p.properties.id, p]));
  const facts = loadControlFacts(GEO_DIR, byId);
  const points = facts.settlements.map((s) => ({ place: s.place, at: byId.get(s.place)!.geometry.coordinates }));
  const [cells, tCells] = time(() => voronoiCells(points, geography.studyArea));
  const [areas, tAreas] = time(() => controlAreas(facts, cells));
  const articles = loadArticles(GEO_DIR, facts, () => {});
  const targets = [...byId.values()].map((f) => ({ id: f.properties.id, names: f.properties.aliases }));
  const [, tLink] = time(() => linkExcerpts(articles, targets));
  const row = (name: string, ms: number) => console.log(`${name.padEnd(34)} ${(ms / total).toFixed(3).padStart(6)} of the build`);
  console.log(`full build: ${total.toFixed(0)} ms (context only); ${facts.settlements.length} settlements, ${areas.length} area features`);
  row('load + validate gazetteer', tGeo);
  row('Voronoi cells, clipped', tCells);
  row('dissolve per side per interval', tAreas);
  row('split sentences + link excerpts', tLink);
}

async function slider(): Promise<void> {
  console.log('\n## Slider step vs rebuilding the control source (browser, same run)');
  const { server, origin } = await serveStatic('dist');
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-quic'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx names functions with a helper that does not exist in the page.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${origin}/#date=2020-01-20&map=9/35.85/36.65`);
    await page.waitForFunction(() => window.idlibMap?.getLayer('control-fill') !== undefined);
    const result = await page.evaluate(async () => {
      const map = window.idlibMap!;
      const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
      const slider = document.querySelector<HTMLInputElement>('input.slider')!;
      const step = async (key: string) => {
        const t = performance.now();
        const done = idle();
        slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        map.triggerRepaint();
        await done;
        return performance.now() - t;
      };
      const source = map.getSource('control') as unknown as { setData(d: unknown): void; serialize(): { data: unknown } };
      const data = source.serialize().data;
      const rebuild = async () => {
        const t = performance.now();
        const done = idle();
        source.setData(data);
        await done;
        return performance.now() - t;
      };
      await step('ArrowRight');
      await rebuild();
      const steps: number[] = [];
      const rebuilds: number[] = [];
      for (let i = 0; i < 15; i++) {
        steps.push(await step(i % 2 ? 'ArrowLeft' : 'ArrowRight'));
        rebuilds.push(await rebuild());
      }
      return { steps, rebuilds };
    });
    const s = median(result.steps);
    const r = median(result.rebuilds);
    console.log(`median day step: ${s.toFixed(1)} ms; median control source rebuild: ${r.toFixed(1)} ms (context only)`);
    console.log(`ratio step / rebuild: ${(s / r).toFixed(2)} (a step re-evaluates every day-dependent layer: areas, corridor, events, posts; a rebuild only the areas)`);
    console.log(`one repaint: ${(await page.evaluate(async () => {
      const map = window.idlibMap!;
      const t = performance.now();
      await new Promise<void>((r) => { map.once('idle', () => r()); map.triggerRepaint(); });
      return performance.now() - t;
    })).toFixed(1)} ms (context: software WebGL draws a frame in about this)`);
  } finally {
    await browser.close();
    server.close();
  }
}

execSync('npm run build', { stdio: 'ignore' });
sizes();
dataBuild();
await slider();
