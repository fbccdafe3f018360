// Counts in words: "1 event", "2 events", "no events". English only needs a singular and a plural
// form; irregular plurals are passed in ("1 day", "3 days" work by default; "1 casualty" needs
// "casualties").

/** The count and the noun in the form that agrees with it: plural(1, 'event') = "1 event". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`, zero?: string): string {
  if (count === 0 && zero !== undefined) return zero;
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

/** Only the noun's form: nounFor(2, 'report') = "reports". */
export function nounFor(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}
