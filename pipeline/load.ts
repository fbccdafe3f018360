// Reads hand-authored files safely and checks them against their schema. Every problem is named
// after the file and the feature and collected, never thrown on its own: a missing or oversized
// file, a file reached through a link out of geo/, bytes that are not UTF-8, text that is not
// JSON, GeoJSON that breaks RFC 7946, a feature that does not match its schema.
import { existsSync, realpathSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import type * as v from 'valibot';
import { checkEach, itemLabel } from '../src/core/schema/check.ts';
import { collectionEnvelope } from '../src/core/schema/common.ts';
import { LIMITS } from '../src/core/schema/limits.ts';
import type { Problem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file inside geo/, or null with the problem recorded. */
export function readText(
  geoDir: string,
  file: string,
  problems: Problem[],
  maxBytes: number = LIMITS.fileBytes,
  feature = '(file)',
): string | null {
  const path = join(geoDir, file);
  const shown = `geo/${file}`;
  const fail = (problem: string) => {
    problems.push({ file: shown, feature, problem });
    return null;
  };
  if (!existsSync(path)) return fail('file is missing');
  const real = realpathSync(path);
  const root = realpathSync(geoDir);
  if (!real.startsWith(root + sep)) return fail('is a link to a file outside geo/ (only files inside geo/ are read)');
  const stat = statSync(real);
  if (!stat.isFile()) return fail('is not a regular file');
  if (stat.size > maxBytes) return fail(`is ${stat.size} bytes, more than the limit of ${maxBytes}`);
  try {
    return utf8.decode(readFileSync(real));
  } catch {
    return fail('is not valid UTF-8 text');
  }
}

export function readJson(geoDir: string, file: string, problems: Problem[]): { file: string; value: unknown } {
  const shown = `geo/${file}`;
  const text = readText(geoDir, file, problems);
  if (text === null) return { file: shown, value: undefined };
  try {
    return { file: shown, value: JSON.parse(text) as unknown };
  } catch (err) {
    problems.push({ file: shown, feature: '(file)', problem: `not valid JSON: ${(err as Error).message}` });
    return { file: shown, value: undefined };
  }
}

export interface Item<T> {
  label: string;
  value: T;
}

/**
 * Checks a list the schema way, item by item; problems go to `problems`, items that pass are
 * returned typed. `label` names an item in a problem (its id, or `feature N`).
 */
export function checkList<E extends v.GenericSchema, S extends v.GenericSchema>(
  file: string,
  input: unknown,
  envelope: E,
  pick: (container: v.InferOutput<E>) => unknown[],
  item: S,
  problems: Problem[],
  label: (raw: unknown, index: number) => string,
  extra: (raw: unknown) => string[] = () => [],
): Item<v.InferOutput<S>>[] {
  const checked = checkEach(input, envelope, pick, item, label);
  for (const problem of checked.fileProblems) problems.push({ file, feature: '(file)', problem });
  const items: Item<v.InferOutput<S>>[] = [];
  const bad = new Map(checked.rejected.map((r) => [r.index, r]));
  const good = new Map(checked.items.map((r) => [r.index, r]));
  const raws = checked.fileProblems.length === 0 ? pick(input as v.InferOutput<E>) : [];
  raws.forEach((raw, index) => {
    const more = extra(raw);
    const rejected = bad.get(index);
    const name = label(raw, index);
    // Where the GeoJSON validator already named a geometry's fault, the schema's echo of it is noise.
    const schemaProblems = (rejected?.problems ?? []).filter((p) => more.length === 0 || !p.startsWith('geometry'));
    const all = [...more, ...schemaProblems];
    for (const problem of new Set(all)) problems.push({ file, feature: name, problem });
    const ok = good.get(index);
    if (ok && more.length === 0) items.push({ label: ok.label, value: ok.value });
  });
  return items;
}

/** RFC 7946 structure per feature, by a GeoJSON validator (ring closure, ring length, positions). */
function geojsonIssues(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const geometry = (raw as { geometry?: unknown }).geometry;
  if (geometry === null || typeof geometry !== 'object') return [];
  return getIssues(JSON.stringify({ type: 'Feature', properties: null, geometry })).map((i) => `geometry: ${i.message.replace(/\.$/, '')}`);
}

export const featureLabel = (raw: unknown, index: number) => itemLabel(raw, index, 'feature');

/** Reads a FeatureCollection from geo/ and returns its features that pass `schema`. */
export function readCollection<S extends v.GenericSchema>(
  geoDir: string,
  file: string,
  schema: S,
  problems: Problem[],
): { file: string; features: Item<v.InferOutput<S>>[] } {
  const loaded = readJson(geoDir, file, problems);
  if (loaded.value === undefined) return { file: loaded.file, features: [] };
  const features = checkList(
    loaded.file,
    loaded.value,
    collectionEnvelope,
    (c) => c.features,
    schema,
    problems,
    featureLabel,
    geojsonIssues,
  );
  return { file: loaded.file, features };
}
