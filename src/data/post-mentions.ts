// What the reports and the events say about an observation post. The reports rarely use a post's
// full name ("the observation post in an area known as Sheer Maghar"), so a sentence counts when
// it names the post by an alias, or speaks of an observation post and names the post's place.
import { eventPoint } from './event-place.ts';
import { foldName } from '../core/fold-name.ts';
import { distanceKm } from './nearest-settlement.ts';
import type { Article, EventFeature, Excerpt, ObservationPostFeature, PlaceFeature } from '../core/types.ts';

/** Events within this distance of a post are listed with it. */
const NEAR_KM = 6;

/** The post's place names: "OP 11 Sheer Maghar" gives "Sheer Maghar"; the host's aliases too. */
export function postPlaceNames(post: ObservationPostFeature, host: PlaceFeature | undefined): string[] {
  const names = new Set<string>();
  for (const a of post.properties.aliases) {
    const m = /^OP \d+ (.+)$/.exec(a);
    if (m) names.add(m[1]!);
  }
  for (const a of host?.properties.aliases ?? []) names.add(a);
  return [...names];
}

function findFolded(text: string, names: string[]): [number, number] | null {
  // Case-insensitive only, so the offsets found are offsets in the sentence itself.
  const lower = text.toLowerCase();
  for (const n of names) {
    const at = lower.indexOf(n.toLowerCase());
    if (at >= 0) return [at, at + n.length];
  }
  return null;
}

export function postExcerpts(post: ObservationPostFeature, host: PlaceFeature | undefined, articles: Article[]): Excerpt[] {
  const aliases = post.properties.aliases;
  const places = postPlaceNames(post, host);
  const out: Excerpt[] = [];
  for (const article of articles) {
    (article.sentences ?? []).forEach(([start, end], sentence) => {
      const text = article.text.slice(start, end);
      const byAlias = findFolded(text, aliases);
      const speaksOfPost = /observation post|military post|turkish post/i.test(text);
      const match = byAlias ?? (speaksOfPost ? findFolded(text, places) : null);
      if (match) out.push({ article: article.id, sentence, text, match });
    });
  }
  return out;
}

/** Events near the post, or whose title or quotes name it; oldest first. */
export function postEvents(post: ObservationPostFeature, host: PlaceFeature | undefined, events: EventFeature[]): EventFeature[] {
  const at = post.geometry.coordinates as [number, number];
  const names = [
    ...post.properties.aliases,
    ...postPlaceNames(post, host).map((n) => `post at ${n}`),
    ...postPlaceNames(post, host).map((n) => `post ${n}`),
  ].map(foldName);
  return events
    .filter((e) => {
      const p = eventPoint(e);
      if (p && distanceKm(p, at) <= NEAR_KM) return true;
      const words = foldName([e.properties.title, ...e.properties.excerpts.map((x) => x.quote)].join(' '));
      return names.some((n) => words.includes(n)) || (host !== undefined && e.properties.place === host.properties.id);
    })
    .sort((a, b) => a.properties.date.localeCompare(b.properties.date));
}
