// A synthetic control model of any size, for measuring how the build and the slider grow: the
// real geo/ folder copied, with made-up settlements added inside the study area until the model
// holds `total` settlements, each with the history of the nearest real one, so that the front
// moves, reversals included, where and when it did in the real battle.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

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
  // The real model's settlements with their coordinates, to copy histories from.
  const coordinates = new Map(
    JSON.parse(readFileSync(join(geoDir, 'places.geojson'), 'utf8'))
      .features.concat(settlements.features)
      .map((f: Feature<Point>) => [String(f.properties?.id), f.geometry.coordinates]),
  );
  const real = facts.settlements.filter((r) => coordinates.has(r.place)).map((r) => ({ ...r, at: coordinates.get(r.place) as number[] }));
  const cosLat = Math.cos((35.8 * Math.PI) / 180);
  const nearestReal = (at: number[]) =>
    real.reduce((best, r) =>
      Math.hypot((r.at[0]! - at[0]!) * cosLat, r.at[1]! - at[1]!) < Math.hypot((best.at[0]! - at[0]!) * cosLat, best.at[1]! - at[1]!)
        ? r
        : best,
    );
  const [minX, minY, maxX, maxY] = [35.85, 35.1, 37.45, 36.55];
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
    // Each made-up village shares the history of the nearest real one in the model, so it changes
    // hands on the days and to the sides that its real neighbours did: the front sweeps as it did,
    // reversals included, and the build's companion check (a village taken far from everything
    // else that week is suspect) holds for the synthetic model as for the real one.
    const twin = nearestReal([lon, lat]);
    const initial = twin.initial;
    const changes = twin.changes.map((c) => ({ date: c.date, side: c.side, confidence: c.confidence, sources: SOURCE }));
    facts.settlements.push({ place: id, initial, initial_sources: SOURCE, changes });
  }
  writeFileSync(settlementsPath, JSON.stringify(settlements));
  writeFileSync(factsPath, JSON.stringify(facts));
}
