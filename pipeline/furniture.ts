// Page furniture: the lines of a scraped news page that are not the report itself. Left in, a
// place would be "mentioned" by a video title, a link to another story or a photo caption,
// and the map would quote them as reporting.
//
// Decision: source and credit lines ("Source: Al Jazeera, News Agencies", "This article was
// edited by The Syrian Observer…", "Associated Press writers … contributed to this report",
// bylines) are furniture too: they say who wrote the report, not what happened; the article's
// publisher is recorded in articles/index.json instead.
import { splitSentences, type Span } from './sentences.ts';

const FURNITURE_LINE: RegExp[] = [
  /^Click to play video\b/i,
  /^Story continues below advertisement\b/i,
  /^Sponsored content\b/i,
  /^Continue reading the main story$/i,
  // Whole line only: "Advertisement" can open a real sentence ("Advertisement spending fell…").
  /^Advertisement$/i,
  // Labels in front of links to other stories and to media.
  /^(?:READ MORE|READ ALSO|ALSO READ|RELATED|SEE ALSO|WATCH|LISTEN|INTERACTIVE|VIDEO|PHOTOS?|GALLERY)\s*:/i,
  // Photo captions.
  /^FILE\s*[-–—]/,
  // Video titles under a player: "… – Feb 12, 2020".
  /\s[–—-]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/,
  // Source and credit lines.
  /^Sources?\s*:/i,
  /^This (?:article|story|report) (?:was|has been) (?:edited|translated|compiled|written|updated|produced)\b/i,
  /\bwriters?\b.*\bcontributed\b/i,
  /\bcontributed (?:reporting )?to this (?:report|story)\b/i,
];

/** "By Zeina Karam and Suzan Fraser, The Associated Press" but not "By Thursday evening the …". */
const BYLINE = /^By\s+\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|al|el|de|van|von|bin))*\s*(?:[,|–—-].*)?$/u;
/** A sign-off sentence such as "Wilks reported from Ankara, Turkey." */
const REPORTED_FROM =
  /^\p{Lu}[\p{L}’'-]*(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}’'-]*)*\s+reported from\s+\p{Lu}[\p{L}’'-]*(?:,?\s+\p{Lu}[\p{L}’'-]*)*\.$/u;
/** A caption ends with a photo credit: "[Omar Haj Kadour/AFP]", "(AP Photo/Ghaith Alsayed)". */
const FINAL_BRACKET = /[[(]([^[\]()]{2,80})[\])]$/;
const AGENCY = /^(?:File:\s*)?(?:AFP|AP|AP Photo|Reuters|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|SANA|DHA)$/i;
/** Prose ends with punctuation (possibly inside a closing quote); headings and link titles do not. */
const ENDS_LIKE_PROSE = /[.!?…:;][”’"'»)\]]*$/;

export interface LinePosition {
  /** The page's first line is its headline: exempt from the rule against unpunctuated lines. */
  firstLine?: boolean;
}

/**
 * Is this sentence (on this line, its paragraph) page furniture rather than reporting? Most
 * rules look at the whole line: a credit line's every sentence is furniture.
 */
export function isFurniture(sentence: string, line: string, position: LinePosition = {}): boolean {
  const l = line.trim();
  if (FURNITURE_LINE.some((re) => re.test(l))) return true;
  if (/^Photo\s*:/i.test(l) || isCaption(l)) return true;
  if (BYLINE.test(l) && !ENDS_LIKE_PROSE.test(l)) return true;
  if (REPORTED_FROM.test(sentence.trim())) return true;
  // Subheadings ("Retaliatory strikes") and inline links to related stories ("Syrians fleeing
  // attacks in Idlib find shelter in caves") are unpunctuated lines; a link would otherwise
  // pass for a report about Idlib.
  return !position.firstLine && !ENDS_LIKE_PROSE.test(l);
}

function isCaption(line: string): boolean {
  const credit = FINAL_BRACKET.exec(line)?.[1]?.trim();
  if (credit === undefined) return false;
  return AGENCY.test(credit) || /^[^/.!?]+\/[^/.!?]+$/.test(credit);
}

/** The sentences of an article that are reporting, in order: furniture left out. */
export function reportingSentences(text: string): Span[] {
  const first = lineAround(text, text.search(/\S/));
  return splitSentences(text).filter((span) => {
    const line = lineAround(text, span.start);
    return !isFurniture(text.slice(span.start, span.end), text.slice(line.start, line.end), {
      firstLine: line.start === first.start,
    });
  });
}

function lineAround(text: string, index: number): Span {
  let start = Math.max(index, 0);
  while (start > 0 && !isLineBreak(text[start - 1]!)) start--;
  let end = Math.max(index, 0);
  while (end < text.length && !isLineBreak(text[end]!)) end++;
  return { start, end };
}

function isLineBreak(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}
