// Applies a schema and words its issues for people: `property "name_ar" must be text or null (got 42)`.
// Shared by the build (which prints them as `file: feature: problem`) and the app (which lists what
// it set aside), so both say the same thing about the same mistake.
import * as v from 'valibot';

const shown = (received: string) => (received.length > 60 ? `${received.slice(0, 57)}...` : received);

function where(path: v.IssuePathItem[] | undefined): string {
  if (!path || path.length === 0) return '';
  let out = '';
  let inProps = false;
  path.forEach((item, i) => {
    const key = item.key;
    if (i === 0 && key === 'properties' && path.length > 1) {
      inProps = true;
      return;
    }
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  });
  return inProps ? `property "${out}"` : out;
}

/** One sentence per issue; nested unions report their deepest cause. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const at = where(issue.path);
  const prefix = at === '' ? '' : `${at} `;
  if (issue.expected === 'never') {
    const last = issue.path?.at(-1)?.key;
    if (typeof last === 'number') return `${where(issue.path!.slice(0, -1))} has too many items`;
    return `${prefix}is not part of the format (a misspelt property?)`;
  }
  if (issue.received === 'undefined' && issue.kind === 'schema') return `${prefix}is missing`;
  if (issue.message.startsWith('Invalid ')) return `${prefix}must be ${issue.expected ?? 'valid'} (got ${shown(issue.received)})`;
  return issue.kind === 'schema' ? `${prefix}${issue.message} (got ${shown(issue.received)})` : `${prefix}${issue.message}`;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: [...new Set(result.issues.map(describeIssue))] };
}

/** How an item is named in a problem: its id (or `idKey`) where it has one, else its position. */
export function itemLabel(item: unknown, index: number, noun = 'feature', idKey?: string): string {
  const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : null;
  const props =
    record && typeof record.properties === 'object' && record.properties !== null ? (record.properties as Record<string, unknown>) : null;
  const key = idKey ?? 'id';
  const candidate = props ? props[key] : record?.[key];
  return typeof candidate === 'string' && candidate !== '' && candidate.length <= 80 ? candidate : `${noun} ${index + 1}`;
}

export interface CheckedList<T> {
  /** Problems with the file as a whole (not a collection, too many items). */
  fileProblems: string[];
  /** The items that passed, in file order. */
  items: { label: string; index: number; value: T }[];
  /** The items set aside, each with every problem it has. */
  rejected: { label: string; index: number; problems: string[] }[];
}

/**
 * Checks a list item by item so one bad item is named on its own and the rest still pass.
 * `envelope` checks the container; `items` picks the list out of it.
 */
export function checkEach<E extends v.GenericSchema, S extends v.GenericSchema>(
  input: unknown,
  envelope: E,
  items: (container: v.InferOutput<E>) => unknown[],
  item: S,
  label: (raw: unknown, index: number) => string,
): CheckedList<v.InferOutput<S>> {
  const out: CheckedList<v.InferOutput<S>> = { fileProblems: [], items: [], rejected: [] };
  const container = check(envelope, input);
  if (!container.ok) {
    out.fileProblems = container.problems;
    return out;
  }
  items(container.value).forEach((raw, index) => {
    const name = label(raw, index);
    const result = check(item, raw);
    if (result.ok) out.items.push({ label: name, index, value: result.value });
    else out.rejected.push({ label: name, index, problems: result.problems });
  });
  return out;
}
