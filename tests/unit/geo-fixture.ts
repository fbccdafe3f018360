// Builds a throw-away geo/ folder: the small valid base fixture with some files replaced.
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = join(import.meta.dirname, '../fixtures/geo-base');
export const CASES = join(import.meta.dirname, '../fixtures/validation');

export function geoWith(caseDir: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'idlib-geo-'));
  cpSync(BASE, dir, { recursive: true });
  if (caseDir) cpSync(caseDir, dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  return dir;
}

export function caseNames(): string[] {
  return readdirSync(CASES).sort();
}
