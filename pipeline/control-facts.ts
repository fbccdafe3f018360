// Loads and validates geo/control/facts.json: each settlement's side on the start date and every
// dated change after it, each with sources and a confidence.
import type { ControlFacts, PlaceFeature, SettlementControl, Side } from '../src/core/types.ts';
import { check, itemLabel } from '../src/core/schema/check.ts';
import { controlFactsEnvelope, settlementControl } from '../src/core/schema/geo-files.ts';
import { checkList, readJson } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export const FACTS_FILE = 'control/facts.json';

export function loadControlFacts(geoDir: string, places: Map<string, PlaceFeature>): ControlFacts {
  const problems: Problem[] = [];
  const { file, value } = readJson(geoDir, FACTS_FILE, problems);
  throwIfAny(problems);
  const fail = (feature: string, problem: string) => problems.push({ file, feature, problem });
  const label = (raw: unknown, i: number) => itemLabel(raw, i, 'settlement', 'place');
  const items = checkList(file, value, controlFactsEnvelope, (c) => c.settlements, settlementControl, problems, label);
  const envelope = check(controlFactsEnvelope, value);
  throwIfAny(problems);
  if (!envelope.ok) throw new Error('unreachable: checkList reports a bad envelope');
  const { start, end } = envelope.value;
  if (start >= end) {
    fail('(file)', '"start" and "end" must be ISO days with start before end');
    throwIfAny(problems);
  }
  const seen = new Set<string>();
  const settlements: SettlementControl[] = [];
  for (const { label: name, value: s } of items) {
    const place = places.get(s.place);
    if (!place) {
      fail(name, `"place" must be an id from places.geojson or settlements.geojson (got ${JSON.stringify(s.place)})`);
      continue;
    }
    if (place.properties.scope !== 'theatre') fail(name, 'a control-model place must lie in the theatre (scope "theatre")');
    if (seen.has(s.place)) fail(name, 'the settlement is listed twice');
    seen.add(s.place);
    let side: Side = s.initial;
    let last: string = start;
    s.changes.forEach((c, j) => {
      const at = `changes[${j}]`;
      if (c.date <= last)
        fail(name, `${at}.date ${c.date} must come after ${last === start ? `the start ${start}` : `the change before it (${last})`}`);
      if (c.date > end) fail(name, `${at}.date ${c.date} is after the end ${end}`);
      if (c.side === side) fail(name, `${at} on ${c.date} hands the place to ${c.side}, which already held it`);
      if (c.alt_date !== undefined && (c.alt_date < start || c.alt_date > end))
        fail(name, `${at}.alt_date ${c.alt_date} lies outside ${start} – ${end}`);
      side = c.side;
      last = c.date;
    });
    settlements.push(s);
  }
  throwIfAny(problems);
  return { start, end, settlements };
}
