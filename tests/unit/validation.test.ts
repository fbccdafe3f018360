// Each fixture case replaces one file of a small valid geo/ with a mistake; the build must refuse
// it with a message naming the file, the feature and the problem (expected.json beside it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildAll } from '../../geo/build/index.ts';
import { DataProblems } from '../../geo/build/problems.ts';
import { expectFixture } from './fixture.ts';
import { CASES, caseNames, geoWith } from './geo-fixture.ts';

function problemsOf(geoDir: string): string[] {
  try {
    buildAll(geoDir);
  } catch (err) {
    if (err instanceof DataProblems) return err.message.split('\n');
    throw err;
  }
  return [];
}

// Every test here builds (the first one also reads the world atlas; the command-line ones start
// Node and tsx afresh): seconds on a loaded two-core machine, so not under the default 5 s.
const BUILD_TIMEOUT = 120_000;

describe('the base fixture', () => {
  test('is valid and builds every published file', () => {
    const files = buildAll(geoWith(null));
    expect(Object.keys(files).sort()).toEqual(
      [
        'articles.json',
        'basemap.geojson',
        'control-cells.geojson',
        'control-edges.geojson',
        'control-facts.json',
        'control-timeline.json',
        'control.geojson',
        'events.geojson',
        'excerpts.json',
        'highways.geojson',
        'index.html',
        'm4-corridor.geojson',
        'observation-posts.geojson',
        'places.geojson',
        'regions.geojson',
      ].sort(),
    );
  }, BUILD_TIMEOUT);
});

describe('bad data fails the build with a message naming file, feature and problem', () => {
  test.each(caseNames())('%s', (name) => {
    const problems = problemsOf(geoWith(join(CASES, name)));
    expect(problems.length, `case ${name} should fail`).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^geo\/[\w/.-]+: [^:]+: .+/);
    expectFixture(join(CASES, name, 'expected.json'), problems);
  }, BUILD_TIMEOUT);
});

describe('the command line', () => {
  test('on bad data exits non-zero, prints the problem and leaves the previous output untouched', () => {
    const out = mkdtempSync(join(tmpdir(), 'idlib-out-'));
    const data = join(out, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'places.geojson'), 'previous build');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'geo/build/index.ts'], {
      env: { ...process.env, IDLIB_GEO_DIR: geoWith(join(CASES, 'swapped-coordinates')), IDLIB_DATA_OUT: data },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing written');
    expect(run.stderr).toContain('geo/places.geojson: saraqeb: coordinate [35.8636, 36.8006]');
    expect(readdirSync(out)).toEqual(['data']);
    expect(readdirSync(data)).toEqual(['places.geojson']);
    expect(readFileSync(join(data, 'places.geojson'), 'utf8')).toBe('previous build');
  }, BUILD_TIMEOUT);

  test('on good data writes every file at once', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'idlib-out-')), 'data');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'geo/build/index.ts'], {
      env: { ...process.env, IDLIB_GEO_DIR: geoWith(null), IDLIB_DATA_OUT: data },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(data, 'control.geojson'))).toBe(true);
    expect(readdirSync(data).length).toBe(15);
  }, BUILD_TIMEOUT);
});
