// Finds places by any of their names: English, Arabic, or a spelling from the reports, compared
// as the excerpt linker compares them (case, accents and apostrophes do not count).
import { foldName } from '../../data/fold-name.ts';
import type { PlaceFeature } from '../../data/types.ts';

export interface PlaceMatch {
  place: PlaceFeature;
  /** The name that matched, when it is not the place's own name (e.g. "Saraqib"). */
  via: string | null;
}

export function matchPlaces(places: Iterable<PlaceFeature>, query: string, limit = 8): PlaceMatch[] {
  const q = foldName(query);
  if (q === '') return [];
  const scored: { match: PlaceMatch; score: number }[] = [];
  for (const place of places) {
    const p = place.properties;
    const names = [p.name, ...(p.name_ar ? [p.name_ar] : []), ...p.aliases];
    let best: { score: number; via: string } | null = null;
    for (const name of names) {
      const f = foldName(name);
      const at = f.indexOf(q);
      if (at < 0) continue;
      // Whole-name matches first, then prefixes, then matches at a word start, then anywhere.
      const score = f === q ? 0 : at === 0 ? 1 : f[at - 1] === ' ' ? 2 : 3;
      if (!best || score < best.score) best = { score, via: name };
    }
    if (!best) continue;
    // Named places before settlements of the model, at equal score.
    const rank = best.score * 2 + (p.layer === 'settlement' ? 1 : 0);
    scored.push({ match: { place, via: best.via === p.name ? null : best.via }, score: rank });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.match.place.properties.name.localeCompare(b.match.place.properties.name))
    .slice(0, limit)
    .map((s) => s.match);
}
