// Links places to the sentences of the reports that name them. Reports spell names their own
// way (Idlib/Idleb, Nu’man/Nu'man/Numan, al-Zawiya/al Zawiya), so text and names are compared
// folded; offsets always go back to the unchanged article text so excerpts stay verbatim.
import { reportingSentences } from './furniture.ts';
import type { Span } from './sentences.ts';

/** A place and the names it is linked by. */
export interface LinkTarget {
  id: string;
  names: string[];
}
export interface ArticleText {
  id: string;
  text: string;
}
/** One occurrence of a place's name; offsets into the article text. */
export interface Mention {
  place: string;
  start: number;
  end: number;
  sentence: number;
}
/** Same shape as Excerpt in src/core/types.ts. */
export interface Excerpt {
  article: string;
  sentence: number;
  text: string;
  match: [number, number];
}

// Kept in step with foldName (src/core/fold-name.ts), which checks that no two places share a name:
// ʿ and ʾ are the transliteration marks for ayn and hamza ("Maʿarrat al-Nuʿman").
const APOSTROPHE = /['’‘ʼ`ʿʾ]/;
const JOINER = /[\s\-‐‑–—]/; // whitespace, hyphens and dashes, folded to one space
const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** ʼ ʿ ʾ are modifier letters to Unicode, but apostrophes here. */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c) && !APOSTROPHE.test(c);
}

/**
 * Lowercase, accents and apostrophes dropped, each run of whitespace and hyphens made one space.
 * `toOriginal[i]` is the index in `s` of the character that folded character i came from.
 */
export function foldForMatch(s: string): { folded: string; toOriginal: number[] } {
  let folded = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    if (JOINER.test(ch)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        toOriginal.push(i);
      }
    } else if (!APOSTROPHE.test(ch)) {
      const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
      folded += base;
      for (let k = 0; k < base.length; k++) toOriginal.push(i);
    }
    i += ch.length;
  }
  return { folded, toOriginal };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The place whose name ends here. */
  place?: string;
}

/**
 * All names in one trie of folded characters, built once per run. Where two places share a name,
 * the first target listed keeps it (the geo validation is meant to forbid shared names).
 */
function compileTargets(targets: LinkTarget[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const target of targets) {
    for (const name of target.names) {
      const key = foldForMatch(name).folded.trim();
      if (key === '') continue;
      let node = root;
      for (let k = 0; k < key.length; k++) {
        const c = key[k]!; // code units, as the text is walked
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map() };
          node.next.set(c, child);
        }
        node = child;
      }
      node.place ??= target.id;
    }
  }
  return root;
}

/** Leftmost-longest, non-overlapping matches of the names in one sentence; offsets into it. */
function findNames(sentence: string, trie: TrieNode): { place: string; start: number; end: number }[] {
  const { folded, toOriginal } = foldForMatch(sentence);
  const found: { place: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < folded.length) {
    const start = toOriginal[i]!;
    let best: { place: string; end: number; foldedEnd: number } | undefined;
    if (startsWord(sentence, start)) {
      let node: TrieNode | undefined = trie;
      for (let j = i; j < folded.length && node; j++) {
        node = node.next.get(folded[j]!);
        if (node?.place === undefined) continue;
        const end = originalEnd(sentence, toOriginal[j]!);
        if (endsWord(sentence, end)) best = { place: node.place, end, foldedEnd: j + 1 };
      }
    }
    if (best) {
      found.push({ place: best.place, start, end: best.end });
      i = best.foldedEnd;
    } else {
      i++;
    }
  }
  return found;
}

/** End of the original character at `last`, with any combining marks that sit on it. */
function originalEnd(s: string, last: number): number {
  let end = last + String.fromCodePoint(s.codePointAt(last)!).length;
  while (end < s.length && /\p{M}/u.test(s[end]!)) end++;
  return end;
}

function startsWord(s: string, start: number): boolean {
  if (!isWordChar(s[start])) return false;
  const before = s[start - 1];
  if (before === undefined) return true;
  if (isWordChar(before)) return false;
  // An apostrophe after a letter is inside a word: "man" is no word in "Nu’man".
  return !(APOSTROPHE.test(before) && isWordChar(s[start - 2]));
}

function endsWord(s: string, end: number): boolean {
  const after = s[end];
  if (after === undefined) return true;
  if (isWordChar(after)) return false;
  if (!APOSTROPHE.test(after)) return true;
  // "Idlib’s" names Idlib; "Nu’man" does not name "Nu".
  const next = s[end + 1];
  return !isWordChar(next) || (/[sS]/.test(next!) && !isWordChar(s[end + 2]));
}

export function linkArticle(article: ArticleText, targets: LinkTarget[]): { sentences: Span[]; mentions: Mention[] } {
  return linkWith(article, compileTargets(targets));
}

function linkWith(article: ArticleText, trie: TrieNode): { sentences: Span[]; mentions: Mention[] } {
  const sentences = reportingSentences(article.text);
  const mentions: Mention[] = [];
  sentences.forEach((span, sentence) => {
    for (const m of findNames(article.text.slice(span.start, span.end), trie)) {
      mentions.push({ place: m.place, start: span.start + m.start, end: span.start + m.end, sentence });
    }
  });
  return { sentences, mentions };
}

/**
 * Excerpts per place id (every target has a key, [] when unnamed), ordered by article then
 * sentence, one per sentence even where the name recurs in it; mentions per article id.
 */
export function linkExcerpts(
  articles: ArticleText[],
  targets: LinkTarget[],
): { excerpts: Record<string, Excerpt[]>; mentions: Record<string, Mention[]> } {
  const trie = compileTargets(targets);
  // No prototype: a place id such as "constructor" must not find Object's own members.
  const excerpts: Record<string, Excerpt[]> = Object.create(null) as Record<string, Excerpt[]>;
  for (const target of targets) excerpts[target.id] ??= [];
  const mentions: Record<string, Mention[]> = Object.create(null) as Record<string, Mention[]>;
  for (const article of articles) {
    const linked = linkWith(article, trie);
    mentions[article.id] = linked.mentions;
    const seen = new Set<string>();
    for (const m of linked.mentions) {
      const key = `${m.place}\u0000${m.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const span = linked.sentences[m.sentence]!;
      let list = excerpts[m.place];
      if (!list) {
        list = [];
        excerpts[m.place] = list;
      }
      list.push({
        article: article.id,
        sentence: m.sentence,
        text: article.text.slice(span.start, span.end),
        match: [m.start - span.start, m.end - span.start],
      });
    }
  }
  return { excerpts, mentions };
}
