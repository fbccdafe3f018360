// Everything the search box can find: places, settlements and regions, observation posts,
// highways and events, each with every name it goes by. Matching compares names as the excerpt
// linker does (case, accents and apostrophes do not count).
import { foldName } from '../../core/fold-name.ts';
import type { AppData } from '../../data/load-data.ts';
import { dayShort } from '../../core/days.ts';

export type EntryKind = 'place' | 'post' | 'highway' | 'event';

export interface SearchEntry {
  kind: EntryKind;
  id: string;
  name: string;
  nameAr: string | null;
  /** Every name it can be found by (its own name included). */
  names: string[];
  /** A few words on what it is, shown beside the name. */
  what: string;
  /** Among equally good matches, lower comes first (named places before settlements, …). */
  rank: number;
  /** Then by this (posts by number), then by name. */
  order?: number;
}

export interface EntryMatch {
  entry: SearchEntry;
  /** The name that matched, when it is not the entry's own name (e.g. "Saraqib"). */
  via: string | null;
}

const KIND_WORDS: Record<string, string> = {
  city: 'city',
  town: 'town',
  village: 'village',
  hill: 'hill',
  base: 'base',
  capital: 'capital',
  island: 'island',
  province: 'province',
  region: 'region',
};

export function searchEntries(data: AppData): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const place of data.placesById.values()) {
    const p = place.properties;
    out.push({
      kind: 'place',
      id: p.id,
      name: p.name,
      nameAr: p.name_ar,
      names: [p.name, ...(p.name_ar ? [p.name_ar] : []), ...p.aliases],
      what: p.layer === 'settlement' ? 'settlement' : (KIND_WORDS[p.kind] ?? p.kind),
      rank: p.layer === 'settlement' ? 2 : 0,
    });
  }
  for (const post of data.posts) {
    const p = post.properties;
    out.push({
      kind: 'post',
      id: p.id,
      name: p.name,
      nameAr: p.name_ar,
      names: [
        p.name,
        ...(p.name_ar ? [p.name_ar] : []),
        ...p.aliases,
        `OP ${p.number}`,
        `post ${p.number}`,
        `observation post ${p.number}`,
      ],
      what: `observation post ${p.number}`,
      rank: 1,
      order: p.number,
    });
  }
  for (const line of data.highways) {
    const h = line.properties;
    out.push({
      kind: 'highway',
      id: h.id,
      name: h.name,
      nameAr: null,
      names: [h.ref, h.name, `${h.ref} highway`, `${h.ref} motorway`, 'highway', 'motorway'],
      what: 'highway',
      rank: 1,
    });
  }
  for (const e of data.events) {
    const p = e.properties;
    out.push({ kind: 'event', id: p.id, name: p.title, nameAr: null, names: [p.title], what: `${p.type}, ${dayShort(p.date)}`, rank: 3 });
  }
  return out;
}

export function matchEntries(entries: SearchEntry[], query: string, limit = 12): EntryMatch[] {
  const q = foldName(query);
  if (q === '') return [];
  const scored: { match: EntryMatch; score: number }[] = [];
  for (const entry of entries) {
    let best: { score: number; via: string } | null = null;
    for (const name of entry.names) {
      const f = foldName(name);
      const at = f.indexOf(q);
      if (at < 0) continue;
      // Whole-name matches first, then prefixes, then matches at a word start, then anywhere.
      const score = f === q ? 0 : at === 0 ? 1 : f[at - 1] === ' ' ? 2 : 3;
      if (!best || score < best.score) best = { score, via: name };
    }
    if (!best) continue;
    scored.push({ match: { entry, via: best.via === entry.name ? null : best.via }, score: best.score * 4 + entry.rank });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        (a.match.entry.order ?? 0) - (b.match.entry.order ?? 0) ||
        a.match.entry.name.localeCompare(b.match.entry.name),
    )
    .slice(0, limit)
    .map((s) => s.match);
}
