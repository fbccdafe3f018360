// npm run bench: speed as ratios measured in one run (the machines are shared and noisy, so
// absolute times are printed only for context), and the bytes shipped. With BENCH_OUT=<file> it
// also writes the figures as JSON.
//
//   scrub_ratio       median day step → idle over median triggerRepaint() → idle, interleaved
//   scrub_ratio_10k   the same on a synthetic model of 10,000 settlements
//   play_days_per_s   days shown per second while playing at 8 days/s
//   cold_start_ratio  app load → first idle with the day's areas, over a bare MapLibre page with
//                     the same basemap → its first idle (fresh context each, interleaved)
//   js_gzip_bytes, maplibre_gzip_bytes, build_ms, build_ms_10k
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { controlAreas, voronoiCells } from '../pipeline/control-areas.ts';
import { cellEdges, cellTopology } from '../pipeline/control-topology.ts';
import { loadControlFacts } from '../pipeline/control-facts.ts';
import { loadArticles } from '../pipeline/articles.ts';
import { loadGeography } from '../pipeline/geography.ts';
import { buildAll, syria } from '../pipeline/index.ts';
import { linkExcerpts } from '../pipeline/link-excerpts.ts';
import { GEO_DIR } from '../pipeline/paths.ts';
import { publishAtomically } from '../pipeline/publish.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { measureColdStart, measurePlay, measureScrub, writeBarePage } from './browser-measures.ts';
import { writeSyntheticGeo } from './synthetic-model.ts';

const WORK = '.bench';
const figures: Record<string, number> = {};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

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
    return { path: relative('dist', path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
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
    for (const f of group) seen.add(f.path);
    const raw = group.reduce((s, f) => s + f.raw, 0);
    const gzip = group.reduce((s, f) => s + f.gzip, 0);
    console.log(`${name.padEnd(16)} ${kib(raw).padStart(11)} raw ${kib(gzip).padStart(11)} gzip  (${group.length} files)`);
  }
  const total = files.reduce((s, f) => s + f.raw, 0);
  const totalGz = files.reduce((s, f) => s + f.gzip, 0);
  console.log(`${'total'.padEnd(16)} ${kib(total).padStart(11)} raw ${kib(totalGz).padStart(11)} gzip`);
  for (const f of files.filter((x) => x.path.startsWith('data/')).sort((a, b) => b.raw - a.raw)) {
    console.log(`  ${f.path.padEnd(32)} ${kib(f.raw).padStart(11)} raw ${kib(f.gzip).padStart(10)} gzip`);
  }
  // All JavaScript shipped (app bundle and map worker) against MapLibre's own two files.
  figures.js_gzip_bytes = files.filter((f) => f.path.endsWith('.js') || f.path.endsWith('.mjs')).reduce((s, f) => s + f.gzip, 0);
  figures.maplibre_gzip_bytes = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'].reduce(
    (s, f) => s + gz(join('node_modules/maplibre-gl/dist', f)),
    0,
  );
  const over = figures.js_gzip_bytes - figures.maplibre_gzip_bytes;
  console.log(
    `JS: ${kib(figures.js_gzip_bytes)} gzip, of which MapLibre ${kib(figures.maplibre_gzip_bytes)}: the app adds ${kib(over)} (target ≤ 60 KB)`,
  );
}

function dataBuild(): void {
  console.log('\n## Data build (share of one full build, same run)');
  // The first build in a process also reads Natural Earth's topologies; the second is the build's own cost.
  const [, cold] = time(() => buildAll());
  const [, total] = time(() => buildAll());
  figures.build_ms = Math.round(total);
  console.log(`first build in this process (reads Natural Earth too): ${cold.toFixed(0)} ms (context only)`);
  const outline = syria();
  const [geography, tGeo] = time(() => loadGeography(GEO_DIR, outline));
  const byId = new Map(geography.places.map((p) => [p.properties.id, p]));
  const facts = loadControlFacts(GEO_DIR, byId);
  const points = facts.settlements.map((s) => ({ place: s.place, at: byId.get(s.place)!.geometry.coordinates }));
  const [cells, tCells] = time(() => voronoiCells(points, geography.studyArea));
  const [topo, tTopo] = time(() => cellTopology(cells));
  const [areas, tAreas] = time(() => controlAreas(facts, cells, topo));
  const [, tEdges] = time(() => cellEdges(topo));
  const articles = loadArticles(GEO_DIR, facts, () => {});
  const targets = [...byId.values()].map((f) => ({ id: f.properties.id, names: f.properties.aliases }));
  const [, tLink] = time(() => linkExcerpts(articles, targets));
  const row = (name: string, ms: number) => console.log(`${name.padEnd(34)} ${(ms / total).toFixed(3).padStart(6)} of the build`);
  console.log(`full build: ${total.toFixed(0)} ms (context only); ${facts.settlements.length} settlements, ${areas.length} area features`);
  row('load + validate gazetteer', tGeo);
  row('Voronoi cells, clipped at the edge', tCells);
  row('cells to topology', tTopo);
  row('dissolve per side per interval', tAreas);
  row('edges between cells', tEdges);
  row('split sentences + link excerpts', tLink);
}

/** Builds synthetic models of each size; returns the folder of published data for each. */
function scaling(sizesToTry: number[]): Map<number, string> {
  console.log('\n## How the build grows (synthetic models, same run)');
  const studyArea = loadGeography(GEO_DIR, syria()).studyArea;
  const out = new Map<number, string>();
  const base = figures.build_ms!;
  for (const total of sizesToTry) {
    const geoDir = join(WORK, `geo-${total}`);
    writeSyntheticGeo(GEO_DIR, geoDir, total, studyArea);
    // A synthetic model's made-up villages copy a neighbour's history, so the data warnings it
    // raises (islands, far companions) say nothing about the real record: they are not printed.
    const [files, ms] = time(() => buildAll(geoDir, () => {}));
    const dataDir = join(WORK, `data-${total}`);
    publishAtomically(dataDir, files);
    const bytes = (names: string[]) => names.reduce((s, n) => s + Buffer.byteLength(files[n] ?? ''), 0);
    const gzBytes = (names: string[]) => names.reduce((s, n) => s + gzipSync(files[n] ?? '').length, 0);
    const firstView = ['control-cells.geojson', 'control-edges.geojson', 'control-timeline.json'];
    const all = Object.keys(files);
    console.log(
      `${String(total).padStart(6)} settlements: build ${ms.toFixed(0)} ms (${(ms / base).toFixed(1)}× the real model's); ` +
        `first-view data ${kib(bytes(firstView))} raw / ${kib(gzBytes(firstView))} gzip; all data ${kib(bytes(all))} raw / ${kib(gzBytes(all))} gzip`,
    );
    figures[`build_ms_${total >= 1000 ? `${total / 1000}k` : total}`] = Math.round(ms);
    out.set(total, dataDir);
  }
  return out;
}

/** A copy of dist/ with another model's data, so the same app can be measured on it. */
function siteWithData(name: string, dataDir: string | null): string {
  const site = join(WORK, name);
  rmSync(site, { recursive: true, force: true });
  cpSync('dist', site, { recursive: true });
  if (dataDir) {
    rmSync(join(site, 'data'), { recursive: true, force: true });
    cpSync(dataDir, join(site, 'data'), { recursive: true });
  }
  return site;
}

async function inBrowser(sites: { real: string; big: string }): Promise<void> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const real = await serveStatic(sites.real);
  const big = await serveStatic(sites.big);
  try {
    console.log('\n## Slider (browser, same run)');
    const scrub = await measureScrub(browser, real.origin);
    figures.scrub_ratio = +(median(scrub.steps) / median(scrub.repaints)).toFixed(2);
    console.log(
      `day step → idle: median ${median(scrub.steps).toFixed(1)} ms; repaint → idle: median ${median(scrub.repaints).toFixed(1)} ms (${scrub.steps.length} of each, interleaved)`,
    );
    console.log(`scrub_ratio ${figures.scrub_ratio} (target ≤ 2); source loads during the steps: ${scrub.sourceLoads}`);
    const scrubBig = await measureScrub(browser, big.origin);
    figures.scrub_ratio_10k = +(median(scrubBig.steps) / median(scrubBig.repaints)).toFixed(2);
    console.log(
      `10,000 settlements: step median ${median(scrubBig.steps).toFixed(1)} ms, repaint ${median(scrubBig.repaints).toFixed(1)} ms: scrub_ratio_10k ${figures.scrub_ratio_10k} (target ≤ 3); source loads: ${scrubBig.sourceLoads}`,
    );

    console.log('\n## Playback at 8 days/s');
    const play = await measurePlay(browser, real.origin, 8);
    figures.play_days_per_s = +play.daysPerSecond.toFixed(2);
    console.log(`${play.days} days in ${(play.ms / 1000).toFixed(2)} s: play_days_per_s ${figures.play_days_per_s} (target ≥ 7.5)`);
    console.log(
      `frames while playing: median ${play.frameMedian.toFixed(1)} ms, 90th percentile ${play.frameP90.toFixed(1)} ms (context: a repaint takes ${median(scrub.repaints).toFixed(1)} ms)`,
    );

    console.log('\n## Cold start (fresh context per load, interleaved)');
    const cold = await measureColdStart(browser, real.origin, 5);
    figures.cold_start_ratio = +(median(cold.app) / median(cold.bare)).toFixed(2);
    console.log(
      `app to first idle with areas: median ${median(cold.app).toFixed(0)} ms; bare MapLibre page with the same basemap: ${median(cold.bare).toFixed(0)} ms`,
    );
    console.log(`cold_start_ratio ${figures.cold_start_ratio} (target ≤ 1.5)`);
  } finally {
    await browser.close();
    real.server.close();
    big.server.close();
  }
}

// IDLIB_SKIP_BUILD=1 measures the dist/ already there (as the test suite does).
if (!process.env.IDLIB_SKIP_BUILD) execSync('npm run build', { stdio: 'ignore' });
mkdirSync(WORK, { recursive: true });
sizes();
dataBuild();
const models = scaling([1000, 10000]);
const realSite = siteWithData('site', null);
writeBarePage(realSite);
await inBrowser({ real: realSite, big: siteWithData('site-10k', models.get(10000)!) });

console.log('\n## Figures');
console.log(JSON.stringify(figures, null, 2));
const outFile = process.env.BENCH_OUT;
if (outFile) writeFileSync(outFile, `${JSON.stringify(figures, null, 2)}\n`);
