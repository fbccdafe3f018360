// A synthetic control model of any size, for measuring how the build and the slider grow: the
// real geo/ folder copied, with made-up settlements added inside the study area until the model
// holds `total` settlements, each with a front that sweeps west over the period (and some short
// reversals), so that every day changes hands somewhere as in the real battle.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { addDays, daysBetween } from '../src/core/days.ts';

interface FactsFile {
  start: string;
  end: string;
  settlements: { place: string; initial: string; initial_sources: unknown[]; changes: Record<string, unknown>[] }[];
}

/** A small deterministic PRNG (mulberry32), so two runs measure the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCE = [{ title: 'Synthetic settlement for the benchmark (not real)' }];

export function writeSyntheticGeo(geoDir: string, outDir: string, total: number, studyArea: Feature<Polygon | MultiPolygon>): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(geoDir, outDir, { recursive: true });
  const settlementsPath = join(outDir, 'settlements.geojson');
  const factsPath = join(outDir, 'control', 'facts.json');
  const settlements = JSON.parse(readFileSync(settlementsPath, 'utf8')) as FeatureCollection<Point>;
  const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as FactsFile;
  const taken = new Set(
    JSON.parse(readFileSync(join(geoDir, 'places.geojson'), 'utf8'))
      .features.concat(settlements.features)
      .map((f: Feature<Point>) => f.geometry.coordinates.map((v) => v.toFixed(4)).join(',')),
  );
  const rand = random(20200306);
  const [minX, minY, maxX, maxY] = [35.85, 35.1, 37.45, 36.55];
  const span = daysBetween(facts.start, facts.end);
  let n = 0;
  while (facts.settlements.length < total) {
    const lon = +(minX + rand() * (maxX - minX)).toFixed(4);
    const lat = +(minY + rand() * (maxY - minY)).toFixed(4);
    const key = `${lon.toFixed(4)},${lat.toFixed(4)}`;
    if (taken.has(key) || !booleanPointInPolygon([lon, lat], studyArea)) continue;
    taken.add(key);
    n++;
    const id = `synthetic-${n}`;
    settlements.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        name: `Synthetic ${n}`,
        name_ar: null,
        aliases: [],
        kind: 'village',
        scope: 'theatre',
        precision_m: 1000,
        sources: SOURCE,
        note: null,
      },
    });
    // The front starts at 37.0 E and sweeps to 36.45 E by the end; north of 36.3 N stays as it was.
    const changes: Record<string, unknown>[] = [];
    let initial = lon > 37.0 ? 'government' : 'opposition';
    if (lat > 36.3 && lon > 36.9) initial = 'turkish_backed';
    else if (lon > 36.45 && lon <= 37.0) {
      const day = Math.max(1, Math.min(span, Math.round(((37.0 - lon) / 0.55) * span)));
      changes.push({ date: addDays(facts.start, day), side: 'government', confidence: 'medium', sources: SOURCE });
      // One in twenty is retaken for a few days, as villages on the front were.
      if (rand() < 0.05 && day + 3 < span) {
        changes.push({ date: addDays(facts.start, day + 2), side: 'opposition', confidence: 'low', sources: SOURCE });
        changes.push({
          date: addDays(facts.start, day + 3 + Math.floor(rand() * (span - day - 3))),
          side: 'government',
          confidence: 'low',
          sources: SOURCE,
        });
      }
    }
    facts.settlements.push({ place: id, initial, initial_sources: SOURCE, changes });
  }
  writeFileSync(settlementsPath, JSON.stringify(settlements));
  writeFileSync(factsPath, JSON.stringify(facts));
}
