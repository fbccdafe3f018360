// Before the browser suite: build the site once, exactly as `npm run build` does, and serve it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export default async function setup(project: TestProject) {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}: install it with "apt-get install chromium" or set CHROME_PATH.`);
  }
  if (!process.env['IDLIB_SKIP_BUILD']) execSync('npm run build', { stdio: 'inherit' });
  const { server, origin } = await serveStatic('dist');
  project.provide('origin', origin);
  project.provide('chromePath', CHROME_PATH);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    chromePath: string;
  }
}
