// Reads hand-authored files. A file that is missing or not JSON is a problem named after the file,
// reported alongside every other problem rather than thrown on its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Problem } from './problems.ts';

export interface Loaded<T> {
  file: string;
  value: T | null;
}

export function readJson<T>(geoDir: string, file: string, problems: Problem[]): Loaded<T> {
  const path = join(geoDir, file);
  const shown = `geo/${file}`;
  if (!existsSync(path)) {
    problems.push({ file: shown, feature: '(file)', problem: 'file is missing' });
    return { file: shown, value: null };
  }
  try {
    return { file: shown, value: JSON.parse(readFileSync(path, 'utf8')) as T };
  } catch (err) {
    problems.push({ file: shown, feature: '(file)', problem: `not valid JSON: ${(err as Error).message}` });
    return { file: shown, value: null };
  }
}

export function readCollection(geoDir: string, file: string, problems: Problem[]): { file: string; features: Feature[] } {
  const loaded = readJson<FeatureCollection>(geoDir, file, problems);
  const fc = loaded.value;
  if (fc === null) return { file: loaded.file, features: [] };
  if (typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    problems.push({ file: loaded.file, feature: '(file)', problem: 'not a GeoJSON FeatureCollection' });
    return { file: loaded.file, features: [] };
  }
  return { file: loaded.file, features: fc.features };
}

/** How a feature is named in a problem: its id where it has one, else its position. */
export function featureLabel(f: Feature, index: number): string {
  const id = (f.properties as Record<string, unknown> | null)?.['id'];
  return typeof id === 'string' && id !== '' ? id : `feature #${index + 1}`;
}
