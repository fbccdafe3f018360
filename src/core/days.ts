// Day arithmetic on ISO dates (YYYY-MM-DD). A day is the unit everywhere; all in UTC so that a
// reader's time zone never shifts a date.
const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later of two ISO days (ISO days sort as strings; Math.max would turn them into NaN). */
export function laterDay(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

/** The earlier of two ISO days. */
export function earlierDay(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}

export function clampDay(iso: string, first: string, last: string): string {
  if (iso < first) return first;
  if (iso > last) return last;
  return iso;
}

/** Every day from `first` to `last`, both included. */
export function eachDay(first: string, last: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(first); n <= dayNumber(last); n++) out.push(isoFromDayNumber(n));
  return out;
}

const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Friday 28 February 2020" */
export function dayInWords(iso: string): string {
  return LONG.format(new Date(`${iso}T00:00:00Z`)).replace(',', '');
}

/** "28 Feb 2020" */
export function dayShort(iso: string): string {
  return SHORT.format(new Date(`${iso}T00:00:00Z`));
}
