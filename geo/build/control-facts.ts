// Loads and validates geo/control/facts.json: each settlement's side on the start date and every
// dated change after it, each with sources and a confidence.
import type { ControlFacts, PlaceFeature, SettlementControl, Side } from '../../src/data/types.ts';
import { CONFIDENCES, SIDES } from '../../src/data/types.ts';
import { isIsoDay } from '../../src/time/days.ts';
import { checkSources } from './check-props.ts';
import { readJson } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export const FACTS_FILE = 'control/facts.json';

export function loadControlFacts(geoDir: string, places: Map<string, PlaceFeature>): ControlFacts {
  const problems: Problem[] = [];
  const { file, value } = readJson<ControlFacts>(geoDir, FACTS_FILE, problems);
  throwIfAny(problems);
  const fail = (feature: string, problem: string) => problems.push({ file, feature, problem });
  const facts = value!;
  if (!isIsoDay(String(facts.start)) || !isIsoDay(String(facts.end)) || facts.start >= facts.end) {
    fail('(file)', '"start" and "end" must be ISO days with start before end');
    throwIfAny(problems);
  }
  if (!Array.isArray(facts.settlements)) {
    fail('(file)', '"settlements" must be a list');
    throwIfAny(problems);
  }
  const seen = new Set<string>();
  facts.settlements.forEach((s: SettlementControl, i) => {
    const label = typeof s?.place === 'string' ? s.place : `settlement #${i + 1}`;
    const place = places.get(s?.place);
    if (!place) return fail(label, `"place" must be an id from places.geojson or settlements.geojson (got ${JSON.stringify(s?.place)})`);
    if (place.properties.scope !== 'theatre') fail(label, 'a control-model place must lie in the theatre (scope "theatre")');
    if (seen.has(s.place)) fail(label, 'the settlement is listed twice');
    seen.add(s.place);
    if (!SIDES.includes(s.initial)) fail(label, `"initial" must be one of ${SIDES.join(', ')} (got ${JSON.stringify(s.initial)})`);
    checkSources(s.initial_sources, (p) => fail(label, p), 'initial_sources');
    if (!Array.isArray(s.changes)) return fail(label, '"changes" must be a list (empty when the side never changed)');
    let side: Side = s.initial;
    let last = facts.start;
    s.changes.forEach((c, j) => {
      const at = `changes[${j}]`;
      if (!isIsoDay(String(c.date))) return fail(label, `${at}.date must be an ISO day (got ${JSON.stringify(c.date)})`);
      if (c.date <= last) fail(label, `${at}.date ${c.date} must come after ${last === facts.start ? `the start ${facts.start}` : `the change before it (${last})`}`);
      if (c.date > facts.end) fail(label, `${at}.date ${c.date} is after the end ${facts.end}`);
      if (!SIDES.includes(c.side)) fail(label, `${at}.side must be one of ${SIDES.join(', ')} (got ${JSON.stringify(c.side)})`);
      else if (c.side === side) fail(label, `${at} on ${c.date} hands the place to ${c.side}, which already held it`);
      if (!CONFIDENCES.includes(c.confidence)) fail(label, `${at}.confidence must be one of ${CONFIDENCES.join(', ')}`);
      if (c.alt_date !== undefined && !isIsoDay(String(c.alt_date))) fail(label, `${at}.alt_date must be an ISO day`);
      checkSources(c.sources, (p) => fail(label, `${at}: ${p}`), 'sources');
      if (c.disputed !== undefined) {
        // A contested change names the reporting that contradicts it, and says how.
        if (typeof c.disputed?.note !== 'string' || c.disputed.note.trim() === '') fail(label, `${at}.disputed.note must say what is disputed`);
        checkSources(c.disputed?.sources, (p) => fail(label, `${at}.disputed: ${p}`), 'sources');
      }
      side = c.side;
      last = c.date;
    });
  });
  throwIfAny(problems);
  return facts;
}

