import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every output file into a fresh sibling folder, then swaps it in with one rename, so a
 * failed build leaves the previous output untouched and never a half-written set.
 */
export function publishAtomically(outDir: string, files: Record<string, string>): void {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
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
  mkdirSync(dirname(outDir), { recursive: true });
  let hadPrevious = true;
  try {
    renameSync(outDir, previous);
  } catch {
    hadPrevious = false;
  }
  renameSync(staging, outDir);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
