import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, DEV_ALLOWANCES } from './csp.ts';
import { CUSTOM_MEDIA, themeCustomProperties } from './src/core/theme.ts';

const CSP = contentSecurityPolicy();

/** Writes the policy into the built index.html, so it holds wherever the files are hosted. */
function cspMeta(): Plugin {
  return {
    name: 'idlib-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * The stylesheet's colours and breakpoints come from the theme (src/core/theme.ts), so the map, the
 * TypeScript and the CSS share one definition: the theme's values are prepended as custom
 * properties, and `@media (--phone)` style custom media are replaced by the theme's queries.
 */
function themeCss(): Plugin {
  const rootRule = `:root {${Object.entries(themeCustomProperties())
    .map(([name, value]) => ` ${name}: ${value};`)
    .join('')} }\n`;
  return {
    name: 'idlib-theme-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/styles.css')) return null;
      const css = code.replace(/@media \((--[a-z-]+)\)/g, (_whole, name: string) => {
        const query = CUSTOM_MEDIA[name];
        if (!query) throw new Error(`src/styles.css: unknown custom media ${name} (known: ${Object.keys(CUSTOM_MEDIA).join(', ')})`);
        return `@media ${query}`;
      });
      return { code: rootRule + css, map: null };
    },
  };
}

// Preact through Vite's own JSX transform (no Babel preset needed).
export default defineConfig({
  base: './',
  plugins: [themeCss(), cspMeta()],
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
