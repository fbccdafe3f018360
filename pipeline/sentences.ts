// Sentence splitting for the news reports, tuned to newswire English: the excerpt linker shows
// whole sentences, so a split after "Mr." or inside a quotation would show half a thought.

/** A range of the text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** Scraped pages carry fields such as "date 2020-02-20" glued in front of the first paragraph. */
const METADATA_PREFIX = /^[a-z][a-z_-]*:?[ \t]+\d{4}-\d{2}-\d{2}(?=\s|$)/;
const TERMINAL = new Set(['.', '!', '?', '…']);
/** What may follow the final punctuation and still belong to the sentence: `… he said.”` */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
/** Case-sensitive: "No." and "St." only count written as titles and abbreviations are. */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Maj',
  'St',
  'vs',
  'etc',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]);
const INITIALS = /^(?:[A-Z]\.)*[A-Z]$/; // "M" of "Edith M. Lederer", "U.S", "E.U"

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    splitLine(text, lineStart, m.index, spans);
    lineStart = m.index + m[0].length;
  }
  splitLine(text, lineStart, text.length, spans);
  return spans;
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: Span[]): void {
  let start = skipSpace(text, lineStart, lineEnd);
  const prefix = METADATA_PREFIX.exec(text.slice(start, lineEnd));
  if (prefix) start = skipSpace(text, start + prefix[0].length, lineEnd);
  const quotes = quotations(text, start, lineEnd);

  for (let i = start; i < lineEnd; i++) {
    if (!TERMINAL.has(text[i]!)) continue;
    let end = i + 1;
    while (end < lineEnd && TERMINAL.has(text[end]!)) end++;
    while (end < lineEnd && CLOSERS.has(text[end]!)) end++;
    const next = skipSpace(text, end, lineEnd);
    if (next === end || next === lineEnd) continue; // glued ("3.6") or the line ends anyway
    if (/\p{Ll}/u.test(text[next]!)) continue;
    if (end === i + 1 && isAbbreviation(text, i, next)) continue;
    if (quotes.some(([open, close]) => open < end && end <= close)) continue;
    pushTrimmed(text, start, end, out);
    start = next;
    i = next - 1;
  }
  pushTrimmed(text, start, lineEnd, out);
}

/** Is the full stop at `dot` the end of an abbreviation or initial rather than of a sentence? */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  // "No." is a number sign only before a number; otherwise it is the word "No".
  if (word === 'No') return /\d/.test(text[next]!);
  return ABBREVIATIONS.has(word) || INITIALS.test(word);
}

/**
 * Double-quoted stretches of the line as [open, close] indices. Single quotes are left out: ’ is
 * also the apostrophe ("troops’ “deliberate attacks”"). An unclosed “ is no quotation, so that a
 * stray mark cannot swallow the rest of the paragraph.
 */
function quotations(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let openChar = '';
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (open < 0 && (c === '“' || c === '"')) {
      open = i;
      openChar = c;
    } else if (open >= 0 && (c === '”' || (c === '"' && openChar === '"'))) {
      ranges.push([open, i]);
      open = -1;
    } else if (open >= 0 && c === '“' && openChar === '“') {
      open = i; // the earlier “ was never closed
    }
  }
  return ranges;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const s = skipSpace(text, start, end);
  let e = end;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
