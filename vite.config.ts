import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, DEV_ALLOWANCES } from './csp.ts';

const CSP = contentSecurityPolicy();

/** Writes the policy into the built index.html, so it holds wherever the files are hosted. */
function cspMeta(): Plugin {
  return {
    name: 'idlib-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

// Preact through Vite's own JSX transform (no Babel preset needed).
export default defineConfig({
  base: './',
  plugins: [cspMeta()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { host: '127.0.0.1', port: 5173, headers: { 'Content-Security-Policy': contentSecurityPolicy(DEV_ALLOWANCES) } },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CSP } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      // Pure functions and fixture builds: no site build, no browser.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          // The published files of the real data, read from the one build of the run.
          name: 'data',
          include: ['tests/data/**/*.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // The same one build, served on 127.0.0.1, and one Chromium that every file connects to.
          globalSetup: ['tests/setup/site.ts', 'tests/browser/global-setup.ts'],
          // One file at a time: the machines have two cores.
          fileParallelism: false,
          // Not a speed limit (npm run bench measures speed): room for a loaded, shared machine.
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
