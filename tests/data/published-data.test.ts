// Checks the files the build publishes from the real geo/ (the run's one build, in dist/data), as
// an outside reader of the open data would: the geography rules, control on known (place, day) facts, full cover with no overlap on
// every day, and the excerpt links.
import { area, booleanPointInPolygon, distance, featureCollection, pointToLineDistance, pointToPolygonDistance, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { foldName } from '../../src/core/fold-name.ts';
import type {
  Article,
  ControlAreaFeature,
  ControlFacts,
  ExcerptIndex,
  HighwayFeature,
  PlaceFeature,
  RegionFeature,
} from '../../src/core/types.ts';
import { eachDay } from '../../src/core/days.ts';
import { FIRST_DAY, LAST_DAY } from '../../src/core/period.ts';

let places: PlaceFeature[];
let highways: HighwayFeature[];
let regions: RegionFeature[];
/** Every published file by its path under data/ (schema/… included), as text. */
let files: Record<string, string>;

function readTree(root: string, dir = root): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(dir).map((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? readTree(root, path) : { [relative(root, path)]: readFileSync(path, 'utf8') };
    }),
  );
}
let studyArea: RegionFeature;
let control: ControlAreaFeature[];
let facts: ControlFacts;
let articles: Article[];
let excerpts: ExcerptIndex;
let events: FeatureCollection<Point>;
const byId = (id: string) => places.find((p) => p.properties.id === id)!;

beforeAll(() => {
  files = readTree(join(inject('dist'), 'data'));
  const parse = <T>(name: string) => JSON.parse(files[name]!) as T;
  places = parse<FeatureCollection<Point>>('places.geojson').features as PlaceFeature[];
  highways = parse<FeatureCollection>('highways.geojson').features as HighwayFeature[];
  regions = parse<FeatureCollection>('regions.geojson').features as RegionFeature[];
  studyArea = regions.find((r) => r.properties.kind === 'study-area')!;
  control = parse<FeatureCollection>('control.geojson').features as ControlAreaFeature[];
  facts = parse<ControlFacts>('control-facts.json');
  articles = parse<Article[]>('articles.json');
  excerpts = parse<ExcerptIndex>('excerpts.json');
  events = parse<FeatureCollection<Point>>('events.geojson');
});

describe('published gazetteer', () => {
  test('ids are unique kebab-case; every place has sources, a precision and at most 6 decimals', () => {
    const ids = places.map((p) => p.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of places) {
      expect(p.properties.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.properties.sources.length, p.properties.id).toBeGreaterThan(0);
      expect(p.properties.precision_m).toBeGreaterThan(0);
      for (const c of p.geometry.coordinates) expect(String(c).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
    }
  });

  test('the named places of the reports are there, with Arabic names', () => {
    for (const id of ['saraqeb', 'nayrab', 'qaminas', 'idlib', 'maarat-al-numan', 'al-bara', 'baliun', 'sheer-maghar', 'aleppo', 'hama']) {
      expect(byId(id), id).toBeDefined();
      expect(byId(id).properties.name_ar, id).toMatch(/[\u0600-\u06FF]/);
    }
    for (const id of ['ankara', 'moscow', 'damascus', 'sochi', 'edirne', 'canakkale', 'lesbos', 'hatay'])
      expect(byId(id)?.properties.scope, id).toBe('wider');
  });

  test('Nayrab is the village on the M4 west of Saraqeb, not Aleppo’s al-Nayrab', () => {
    const nayrab = byId('nayrab');
    const saraqeb = byId('saraqeb');
    expect(nayrab.geometry.coordinates[0]!).toBeLessThan(saraqeb.geometry.coordinates[0]!);
    expect(distance(nayrab, saraqeb, { units: 'kilometers' })).toBeLessThan(10);
    expect(pointToLineDistance(nayrab, highways.find((h) => h.properties.ref === 'M4')!, { units: 'kilometers' })).toBeLessThan(1.5);
  });

  test('every theatre place lies in the study area (within 1.5 km of its Natural Earth edge)', () => {
    for (const p of places.filter((x) => x.properties.scope === 'theatre')) {
      const area = studyArea as Feature<Polygon | MultiPolygon>;
      const km = booleanPointInPolygon(p, area) ? 0 : pointToPolygonDistance(p, area, { units: 'kilometers' });
      expect(km, p.properties.id).toBeLessThanOrEqual(1.5);
    }
  });

  test('no alias names two places', () => {
    const owner = new Map<string, string>();
    for (const p of places) {
      for (const a of p.properties.aliases) {
        const key = foldName(a);
        expect(owner.get(key) ?? p.properties.id, `${a}`).toBe(p.properties.id);
        owner.set(key, p.properties.id);
      }
    }
  });

  test('each town a highway serves is within 1.5 km of it, and the M4 meets the M5 near Saraqeb', () => {
    for (const road of highways) {
      for (const id of road.properties.serves)
        expect(pointToLineDistance(byId(id), road, { units: 'kilometers' }), `${road.properties.ref} ${id}`).toBeLessThanOrEqual(1.5);
    }
    const m4 = highways.find((h) => h.properties.ref === 'M4')!;
    const m5 = highways.find((h) => h.properties.ref === 'M5')!;
    const junction = m4.geometry.coordinates.reduce((best, c) => (pointToLineDistance(c, m5) < pointToLineDistance(best, m5) ? c : best));
    expect(pointToLineDistance(junction, m5, { units: 'kilometers' })).toBeLessThan(1.5);
    expect(distance(junction, byId('saraqeb'), { units: 'kilometers' })).toBeLessThan(6);
  });
});

function sideAt(id: string, day: string): string | null {
  const p = byId(id);
  const hits = control.filter(
    (f) => f.properties.from <= day && (f.properties.to === null || day < f.properties.to) && booleanPointInPolygon(p, f),
  );
  return hits.length === 1
    ? hits[0]!.properties.side
    : hits.length === 0
      ? null
      : `overlap: ${hits.map((h) => h.properties.side).join('+')}`;
}

describe('published control areas', () => {
  // Known facts from the reference (timeline.json, control_phase2.json, the two front snapshots).
  test.each([
    ['saraqeb', '2020-01-15', 'opposition'],
    ['saraqeb', '2020-02-10', 'government'],
    ['saraqeb', '2020-02-28', 'opposition'],
    ['saraqeb', '2020-03-04', 'government'],
    ['maarat-al-numan', '2020-01-20', 'opposition'],
    ['maarat-al-numan', '2020-02-01', 'government'],
    ['khan-shaykhun', '2019-12-01', 'government'],
    ['kafr-nabl', '2020-02-20', 'opposition'],
    ['kafr-nabl', '2020-03-01', 'government'],
    ['al-eis', '2020-02-15', 'government'],
    ['idlib', '2020-03-06', 'opposition'],
    ['aleppo', '2020-01-01', 'government'],
    ['afrin', '2020-02-01', 'turkish_backed'],
    ['azaz', '2020-02-01', 'turkish_backed'],
    ['tal-rifaat', '2020-02-01', 'sdf'],
    ['morek', '2020-01-01', 'government'],
    // Each below rests on two independent outlets (issue 11): the December entry into al-Ghadfah was
    // undone the next day (al-Masdar, News Front); Jarjanaz fell on 23 Dec (SOHR, al-Masdar, AFP) but
    // Tell Mannas only on 25 Jan (SOHR, al-Masdar); after the ceasefire the Observatory and Fresh Syria
    // report al-Ziyara, Khirbet al-Naqus and Deir Sunbul shelled from government lines.
    ['al-ghadfah', '2019-12-26', 'opposition'],
    ['jarjanaz', '2019-12-26', 'government'],
    ['talmenes', '2019-12-28', 'opposition'],
    ['talmenes', '2020-01-27', 'government'],
    ['kafr-owaid', '2020-03-01', 'opposition'],
    ['al-ziyara-ghab', '2020-03-06', 'opposition'],
    ['khirbet-al-naqus', '2020-03-06', 'opposition'],
    ['deir-sunbul', '2020-03-06', 'opposition'],
  ])('%s on %s: %s', (id, day, side) => {
    expect(sideAt(id, day)).toBe(side);
  });

  test('on every day the areas cover the study area exactly once (no gap, no overlap)', () => {
    const whole = area(studyArea);
    const seen = new Map<string, string>();
    for (const day of eachDay(FIRST_DAY, LAST_DAY)) {
      const active = control.filter((f) => f.properties.from <= day && (f.properties.to === null || day < f.properties.to));
      const key = active.map((f) => control.indexOf(f)).join(',');
      // Days with the same set of areas have the same answer; it is still asked for every day.
      let verdict = seen.get(key);
      if (verdict === undefined) {
        const sum = active.reduce((s, f) => s + area(f), 0);
        const merged = union(featureCollection(active as Feature<Polygon | MultiPolygon>[]))!;
        const sides = new Set(active.map((f) => f.properties.side));
        verdict = JSON.stringify({
          oneAreaPerSide: sides.size === active.length,
          gap: Math.abs(area(merged) - whole) / whole < 1e-4,
          overlap: (sum - area(merged)) / whole < 1e-4,
        });
        seen.set(key, verdict);
      }
      expect(verdict, day).toBe(JSON.stringify({ oneAreaPerSide: true, gap: true, overlap: true }));
    }
  }, 120_000);

  test('at least 150 settlements of the model lie in the front zone, each change sourced', () => {
    const movers = facts.settlements.filter((s) => s.changes.length > 0).map((s) => byId(s.place));
    const frontZone = facts.settlements.filter((s) => movers.some((m) => distance(m, byId(s.place), { units: 'kilometers' }) <= 10));
    expect(frontZone.length).toBeGreaterThanOrEqual(150);
    for (const s of facts.settlements) for (const c of s.changes) expect(c.sources.length, `${s.place} ${c.date}`).toBeGreaterThan(0);
  });
});

describe('published excerpts', () => {
  const articleText = (id: string) => articles.find((a) => a.id === id)!.text;

  test('every excerpt is verbatim and its match is a name of the place', () => {
    // Regions (Jabal al-Zawiya) have excerpts too: every key must be a place or a region.
    const linkable = [...places, ...regions];
    for (const [placeId, list] of Object.entries(excerpts)) {
      const target = linkable.find((f) => f.properties.id === placeId);
      expect(target, placeId).toBeDefined();
      const names = target!.properties.aliases.map(foldName);
      // A place with excerpts must have names they were matched by (an empty list needs none).
      expect(list.length === 0 || names.length > 0, placeId).toBe(true);
      for (const e of list) {
        expect(articleText(e.article)).toContain(e.text);
        const matched = e.text.slice(e.match[0], e.match[1]);
        expect(names, `${placeId}: "${matched}"`).toContain(foldName(matched));
      }
    }
  });

  test('no page furniture is excerpted', () => {
    const all = Object.values(excerpts)
      .flat()
      .map((e) => e.text);
    for (const furniture of [
      /^Click to play video/,
      /Story continues below advertisement/,
      /^READ MORE:/,
      /^WATCH:/,
      /Sponsored content/,
      /\[[^\]]*\/[^\]]*\]$/,
    ]) {
      expect(all.filter((t) => furniture.test(t))).toEqual([]);
    }
  });

  test('Saraqeb is linked in at least three reports; Nayrab under both spellings; the named villages too', () => {
    expect(new Set(excerpts.saraqeb!.map((e) => e.article)).size).toBeGreaterThanOrEqual(3);
    const nayrabSpellings = new Set(excerpts.nayrab!.map((e) => e.text.slice(e.match[0], e.match[1])));
    expect(nayrabSpellings).toContain('Nayrab');
    expect(nayrabSpellings).toContain('Nairab');
    for (const id of ['qaminas', 'baliun', 'sheer-maghar', 'jabal-al-zawiya', 'al-bara'])
      expect(excerpts[id]?.length ?? 0, id).toBeGreaterThan(0);
  });

  test('every event rests on verbatim sentences and falls in the period', () => {
    for (const e of events.features) {
      const p = e.properties as { date: string; excerpts: { article: string; quote: string }[] };
      expect(p.date >= FIRST_DAY && p.date <= LAST_DAY).toBe(true);
      for (const x of p.excerpts) expect(articleText(x.article)).toContain(x.quote);
    }
  });
});

// The published JSON Schemas, checked by an independent validator (Ajv), as an outside user of the
// open data would: every published file has its schema, and the real files pass it.
describe('published JSON Schemas', () => {
  // territory.csv is not JSON (its columns are in the README).
  const WITHOUT_SCHEMA = new Set(['index.html', 'territory.csv']);
  const dataFiles = () => Object.keys(files).filter((name) => !name.startsWith('schema/') && !WITHOUT_SCHEMA.has(name));

  test('every published data file has a JSON Schema beside it, linked from data/index.html', () => {
    expect(dataFiles().length).toBeGreaterThanOrEqual(12);
    for (const name of dataFiles()) {
      expect(Object.keys(files), name).toContain(`schema/${name}.schema.json`);
      expect(files['index.html']).toContain(`href="schema/${name}.schema.json"`);
    }
  });

  test('the real published files validate against their published schemas', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const name of dataFiles()) {
      const validate = ajv.compile(JSON.parse(files[`schema/${name}.schema.json`]!) as object);
      const ok = validate(JSON.parse(files[name]!));
      expect(ok ? [] : (validate.errors ?? []).slice(0, 5), name).toEqual([]);
    }
  });

  test('the schemas reject what the data must not hold: a wrong side, a number for a name', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const control = ajv.compile(JSON.parse(files['schema/control.geojson.schema.json']!) as object);
    const area = JSON.parse(files['control.geojson']!) as FeatureCollection;
    area.features[0]!.properties!.side = 'nobody';
    expect(control(area)).toBe(false);
    const placesSchema = ajv.compile(JSON.parse(files['schema/places.geojson.schema.json']!) as object);
    const fc = JSON.parse(files['places.geojson']!) as FeatureCollection;
    fc.features[0]!.properties!.name = 42;
    expect(placesSchema(fc)).toBe(false);
  });
});
