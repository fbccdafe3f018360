// Global setup shared by the projects that need the real data: builds the site once per run,
// exactly as `npm run build` does (the data is published into dist/data by it). Vitest runs a
// project's global setup only when that project has files in the run, and each project loads this
// module on its own, so the build is memoised on globalThis: the real data is built once per run.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const KEY = Symbol.for('idlib.siteBuilt');
type WithBuild = typeof globalThis & { [KEY]?: true };

export const DIST = resolve('dist');

export default function setup(project: TestProject): void {
  const g = globalThis as WithBuild;
  if (!g[KEY] && !process.env.IDLIB_SKIP_BUILD) execSync('npm run build', { stdio: 'inherit' });
  g[KEY] = true;
  project.provide('dist', DIST);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (dist/), its data in dist/data. */
    dist: string;
  }
}
