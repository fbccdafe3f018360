// Entry point of the data build: load geo/ → validate → derive → publish to public/data.
// Any problem in geo/ stops the build with every problem listed and nothing written.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from './basemap.ts';
import { stringifyCollection } from './geojson-io.ts';
import { OUT_DIR, ROOT, WORLD_ATLAS } from './paths.ts';
import { DataProblems } from './problems.ts';
import { publishAtomically } from './publish.ts';

function readTopology(name: string): Topology {
  return JSON.parse(readFileSync(join(WORLD_ATLAS, name), 'utf8')) as Topology;
}

export function buildAll(): Record<string, string> {
  const detail = readTopology('countries-10m.json');
  const wide = readTopology('countries-50m.json');
  return {
    'basemap.geojson': stringifyCollection(buildBasemap(detail, wide)),
  };
}

function main(): void {
  const started = performance.now();
  try {
    const files = buildAll();
    publishAtomically(OUT_DIR, files);
    const ms = Math.round(performance.now() - started);
    console.log(`data: wrote ${Object.keys(files).length} files to ${relative(ROOT, OUT_DIR) || OUT_DIR} in ${ms} ms`);
  } catch (err) {
    if (err instanceof DataProblems) {
      console.error(`data: build failed, nothing written. ${err.problems.length} problem(s):`);
      console.error(err.message);
    } else {
      console.error('data: build failed, nothing written.');
      console.error(err);
    }
    process.exitCode = 1;
  }
}

main();
