import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** IDLIB_GEO_DIR builds another folder of source data (tests use it for fixtures). */
export const GEO_DIR = process.env.IDLIB_GEO_DIR ?? join(ROOT, 'geo');
/** Derived data goes to public/data (git-ignored); Vite copies it to dist/data. */
export const OUT_DIR = process.env.IDLIB_DATA_OUT ?? join(ROOT, 'public', 'data');
export const WORLD_ATLAS = join(ROOT, 'node_modules', 'world-atlas');
