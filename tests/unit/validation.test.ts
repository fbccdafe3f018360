// Each fixture case replaces one file of a small valid geo/ with a mistake; the build must refuse
// it with a message naming the file, the feature and the problem (expected.json beside it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildAll } from '../../pipeline/index.ts';
import { DataProblems, formatProblem, type Problem } from '../../pipeline/problems.ts';
import { LIMITS } from '../../src/core/schema/limits.ts';
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
  test(
    'is valid and builds every published file',
    () => {
      const files = buildAll(geoWith(null));
      expect(
        Object.keys(files)
          .filter((f) => !f.startsWith('schema/'))
          .sort(),
      ).toEqual(
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
          'front.geojson',
          'highways.geojson',
          'index.html',
          'm4-corridor.geojson',
          'observation-posts.geojson',
          'places.geojson',
          'regions.geojson',
          'roads.geojson',
          'territory.csv',
        ].sort(),
      );
    },
    BUILD_TIMEOUT,
  );
});

describe('bad data fails the build with a message naming file, feature and problem', () => {
  test.each(caseNames())(
    '%s',
    (name) => {
      const problems = problemsOf(geoWith(join(CASES, name)));
      expect(problems.length, `case ${name} should fail`).toBeGreaterThan(0);
      for (const line of problems) expect(line).toMatch(/^geo\/[\w/.-]+: [^:]+: .+/);
      expectFixture(join(CASES, name, 'expected.json'), problems);
    },
    BUILD_TIMEOUT,
  );
});

describe('ids that a plain-object lookup would confuse', () => {
  test(
    'a settlement with the id "constructor", named in a report, builds and gets its own excerpts',
    () => {
      const geo = geoWith(null);
      const file = join(geo, 'settlements.geojson');
      const fc = JSON.parse(readFileSync(file, 'utf8')) as {
        features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
      };
      const copy = structuredClone(fc.features[0]!);
      copy.properties.id = 'constructor';
      copy.properties.name = 'Constructor Hill';
      copy.properties.aliases = ['Constructor Hill'];
      copy.geometry.coordinates = [36.7, 35.85];
      fc.features.push(copy);
      writeFileSync(file, JSON.stringify(fc));
      const report = join(geo, 'articles', 'fixture-report.txt');
      writeFileSync(report, `${readFileSync(report, 'utf8')}\nShelling hit Constructor Hill on Friday.\n`);
      const files = buildAll(geo, () => {});
      const excerpts = JSON.parse(files['excerpts.json']!) as Record<string, { text: string }[]>;
      expect(Object.hasOwn(excerpts, 'constructor')).toBe(true);
      const ownEntry = Object.getOwnPropertyDescriptor(excerpts, 'constructor')?.value as { text: string }[];
      expect(ownEntry.map((e) => e.text)).toEqual(['Shelling hit Constructor Hill on Friday.']);
    },
    BUILD_TIMEOUT,
  );
});

// Cases that cannot sit in a fixture folder: a file too large to commit, a link out of geo/.
describe('files the build must not read', () => {
  test(
    'a report larger than the limit fails, naming its index entry',
    () => {
      const geo = geoWith(null);
      writeFileSync(join(geo, 'articles', 'fixture-report.txt'), 'x'.repeat(LIMITS.articleBytes + 1));
      expect(problemsOf(geo)).toEqual([
        `geo/articles/index.json: fixture-report: "file" fixture-report.txt is ${LIMITS.articleBytes + 1} bytes, more than the limit of ${LIMITS.articleBytes}`,
      ]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'a report that is a link to a file outside geo/ fails and its target is not read',
    () => {
      const geo = geoWith(null);
      const outside = join(mkdtempSync(join(tmpdir(), 'idlib-outside-')), 'secret.txt');
      writeFileSync(outside, readFileSync(join(geo, 'articles', 'fixture-report.txt')));
      unlinkSync(join(geo, 'articles', 'fixture-report.txt'));
      symlinkSync(outside, join(geo, 'articles', 'fixture-report.txt'));
      expect(problemsOf(geo)).toEqual([
        'geo/articles/index.json: fixture-report: "file" fixture-report.txt is a link to a file outside geo/ (only files inside geo/ are read)',
      ]);
    },
    BUILD_TIMEOUT,
  );

  test(
    'a report that the index does not list is a warning, and is not published',
    () => {
      const geo = geoWith(null);
      writeFileSync(join(geo, 'articles', 'stray.txt'), 'A report nobody indexed.');
      const warnings: Problem[] = [];
      const files = buildAll(geo, (w) => warnings.push(w));
      expect(warnings.map(formatProblem)).toEqual([
        'geo/articles/stray.txt: (file): is not listed in geo/articles/index.json, so it is not published',
      ]);
      expect(files['articles.json']).not.toContain('nobody indexed');
    },
    BUILD_TIMEOUT,
  );
});

describe('the command line', () => {
  test(
    'on bad data exits non-zero, prints the problem and leaves the previous output untouched',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'idlib-out-'));
      const data = join(out, 'data');
      mkdirSync(data);
      writeFileSync(join(data, 'places.geojson'), 'previous build');
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/index.ts'], {
        env: { ...process.env, IDLIB_GEO_DIR: geoWith(join(CASES, 'swapped-coordinates')), IDLIB_DATA_OUT: data },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('nothing written');
      expect(run.stderr).toContain('geo/places.geojson: saraqeb: coordinate [35.8636, 36.8006]');
      expect(readdirSync(out)).toEqual(['data']);
      expect(readdirSync(data)).toEqual(['places.geojson']);
      expect(readFileSync(join(data, 'places.geojson'), 'utf8')).toBe('previous build');
    },
    BUILD_TIMEOUT,
  );

  test(
    'on good data writes every file at once',
    () => {
      const data = join(mkdtempSync(join(tmpdir(), 'idlib-out-')), 'data');
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/index.ts'], {
        env: { ...process.env, IDLIB_GEO_DIR: geoWith(null), IDLIB_DATA_OUT: data },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(join(data, 'control.geojson'))).toBe(true);
      // 17 data files, index.html and the schema/ folder with a schema for each JSON data file
      expect(readdirSync(data).length).toBe(19);
      expect(readdirSync(join(data, 'schema')).length).toBe(16);
    },
    BUILD_TIMEOUT,
  );
});
