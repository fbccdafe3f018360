// A name is drawn as a map label and shown in panels and search. One absurdly long name (a
// 200,000-character string in a data file) made MapLibre throw on every frame and every label
// vanish; names are cut to a length no real place name reaches, and each cut is listed for the
// reader with the other corrections the app made to the data.
import type { SetAside } from './load-data.ts';

export const MAX_NAME_LENGTH = 80;

const cut = (s: string) => `${s.slice(0, MAX_NAME_LENGTH - 1)}…`;

interface Named {
  id?: unknown;
  name?: unknown;
  name_ar?: unknown;
  aliases?: unknown;
}

/**
 * Shortens over-long `name`, `name_ar` and `aliases` in place, in a file as it arrived (before the
 * checks, which would otherwise set the whole feature aside for its name); notes each feature it
 * changed. Anything that is not a feature collection of objects is left to the checks.
 */
export function shortenNames(raw: unknown, notes: SetAside[], file: string): unknown {
  const list = (raw as { features?: unknown } | null)?.features;
  if (!Array.isArray(list)) return raw;
  list.forEach((f: unknown, i) => {
    const p = (f as { properties?: unknown } | null)?.properties as Named | null | undefined;
    if (!p || typeof p !== 'object') return;
    const long: string[] = [];
    for (const key of ['name', 'name_ar'] as const) {
      const value = p[key];
      if (typeof value === 'string' && value.length > MAX_NAME_LENGTH) {
        long.push(`${key} of ${value.length.toLocaleString('en')} characters`);
        p[key] = cut(value);
      }
    }
    if (Array.isArray(p.aliases)) {
      const all = p.aliases as unknown[];
      const kept = all.filter((a) => !(typeof a === 'string' && a.length > MAX_NAME_LENGTH));
      if (kept.length < all.length) long.push(`${all.length - kept.length} over-long alias(es) dropped`);
      p.aliases = kept;
    }
    if (long.length)
      notes.push({ file, item: typeof p.id === 'string' ? p.id : `feature ${i}`, reason: `name shortened (${long.join('; ')})` });
  });
  return raw;
}
