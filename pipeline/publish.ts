import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

/** Where staging folders live: git-ignored and never served (not under public/ or dist/). */
export const STAGING_ROOT = join(ROOT, 'node_modules', '.cache', 'idlib-data');

function sameDevice(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev;
  } catch {
    return false;
  }
}

/** Removes what a killed build left behind: staging and previous-output folders of earlier runs. */
function removeLeftovers(stagingRoot: string, outDir: string): void {
  if (existsSync(stagingRoot)) rmSync(stagingRoot, { recursive: true, force: true });
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix) && /\.(staging|previous)-\d+$/.test(name)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Writes every output file into a fresh staging folder, then swaps it in with one rename, so a
 * failed build leaves the previous output untouched and never a half-written set. The staging
 * folder sits outside anything served or committed (node_modules/.cache) when that is on the same
 * file system as the output (a rename cannot cross file systems); otherwise beside the output.
 */
export function publishAtomically(outDir: string, files: Record<string, string>): void {
  mkdirSync(dirname(outDir), { recursive: true });
  removeLeftovers(STAGING_ROOT, outDir);
  mkdirSync(STAGING_ROOT, { recursive: true });
  const base = sameDevice(STAGING_ROOT, dirname(outDir)) ? join(STAGING_ROOT, basename(outDir)) : outDir;
  const staging = `${base}.staging-${process.pid}`;
  const previous = `${base}.previous-${process.pid}`;
  try {
    for (const [name, body] of Object.entries(files)) {
      const path = join(staging, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  let hadPrevious = true;
  try {
    renameSync(outDir, previous);
  } catch {
    hadPrevious = false;
  }
  renameSync(staging, outDir);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
