// Sane limits on the size of every piece of hand-authored data. They are far above what the real
// data needs (a few times its largest value) and far below what would slow the build or the app:
// a 200,000-character name breaks map labels, a 50 MB report is loaded by every reader at start-up.
export const LIMITS = {
  /** ids: kebab-case words */
  id: 80,
  /** a place name, Arabic name, alias, road ref */
  name: 120,
  /** an event or report title, a source title, who made a claim */
  title: 300,
  /** free notes, a claim, a source note, a report's date basis */
  note: 4000,
  url: 2048,
  /** an event's quote: at least a clause, at most a long sentence or two */
  quoteMin: 20,
  quoteMax: 2000,
  /** list lengths */
  aliases: 50,
  sources: 30,
  serves: 200,
  claims: 50,
  excerpts: 50,
  changes: 50,
  settlements: 20000,
  features: 20000,
  articles: 500,
  /** bytes of one report's text file */
  articleBytes: 1_000_000,
  /** bytes of one hand-authored JSON/GeoJSON file */
  fileBytes: 10_000_000,
  /** decimals of a coordinate (RFC 7946 advises against false precision; 6 is ~0.1 m) */
  decimals: 6,
} as const;
