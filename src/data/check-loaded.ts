// Checks each loaded file at the edge with the same schemas the build validates with
// (src/core/schema): an item that does not have the shape the app relies on is set aside and listed
// for the reader, never allowed to break a layer. A file that is not what it should be at all
// (not a collection, not a list) throws, naming the file.
import type * as v from 'valibot';
import { checkEach, describeIssue, itemLabel } from '../core/schema/check.ts';
import { collectionEnvelope } from '../core/schema/common.ts';
import { controlFactsEnvelope, settlementControl } from '../core/schema/geo-files.ts';
import {
  article,
  controlAreaFeature,
  controlTimeline,
  corridorFeature,
  eventFeature,
  excerpt,
  highwayFeature,
  observationPostFeature,
  placeFeature,
  regionFeature,
} from '../core/schema/published.ts';
import * as valibot from 'valibot';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ControlTimeline } from '../core/control-timeline.ts';
import type {
  Article,
  ControlAreaFeature,
  ControlFacts,
  CorridorProps,
  EventFeature,
  ExcerptIndex,
  HighwayFeature,
  ObservationPostFeature,
  PlaceFeature,
  RegionFeature,
} from '../core/types.ts';

export interface SetAside {
  file: string;
  item: string;
  reason: string;
}

function keep<E extends v.GenericSchema, S extends v.GenericSchema>(
  file: string,
  raw: unknown,
  envelope: E,
  pick: (container: v.InferOutput<E>) => unknown[],
  schema: S,
  setAside: SetAside[],
  label: (raw: unknown, index: number) => string = (r, i) => itemLabel(r, i, 'feature'),
): v.InferOutput<S>[] {
  const checked = checkEach(raw, envelope, pick, schema, label);
  if (checked.fileProblems.length > 0) throw new Error(`data/${file}: ${checked.fileProblems.join('; ')}`);
  for (const r of checked.rejected) setAside.push({ file, item: r.label, reason: r.problems.join('; ') });
  return checked.items.map((i) => i.value);
}

const features = <S extends v.GenericSchema>(file: string, raw: unknown, schema: S, setAside: SetAside[]) =>
  keep(file, raw, collectionEnvelope, (c) => c.features, schema, setAside);

export const checkPlaces = (raw: unknown, setAside: SetAside[]): PlaceFeature[] => features('places.geojson', raw, placeFeature, setAside);
export const checkHighways = (raw: unknown, setAside: SetAside[]): HighwayFeature[] =>
  features('highways.geojson', raw, highwayFeature, setAside);
export const checkRegions = (raw: unknown, setAside: SetAside[]): RegionFeature[] =>
  features('regions.geojson', raw, regionFeature, setAside);
export const checkPosts = (raw: unknown, setAside: SetAside[]): ObservationPostFeature[] =>
  features('observation-posts.geojson', raw, observationPostFeature, setAside);
export const checkControl = (raw: unknown, setAside: SetAside[]): ControlAreaFeature[] =>
  features('control.geojson', raw, controlAreaFeature, setAside);
export const checkEvents = (raw: unknown, setAside: SetAside[]): EventFeature[] => features('events.geojson', raw, eventFeature, setAside);

export function checkControlFacts(raw: unknown, setAside: SetAside[]): ControlFacts {
  const file = 'control-facts.json';
  const envelope = valibot.safeParse(controlFactsEnvelope, raw);
  if (!envelope.success) throw new Error(`data/${file}: not the control facts (start, end, settlements)`);
  const settlements = keep(
    file,
    raw,
    controlFactsEnvelope,
    (c) => c.settlements,
    settlementControl,
    setAside,
    (r, i) => itemLabel(r, i, 'settlement', 'place'),
  );
  return { start: envelope.output.start, end: envelope.output.end, settlements };
}

export function checkArticles(raw: unknown, setAside: SetAside[]): Article[] {
  const list = valibot.array(valibot.unknown(), 'must be a list of reports');
  return keep(
    'articles.json',
    raw,
    list,
    (l) => l,
    article,
    setAside,
    (r, i) => itemLabel(r, i, 'article'),
  );
}

/** Excerpts per place id, in an object without a prototype so an id like "constructor" finds nothing it should not. */
export function checkExcerpts(raw: unknown, setAside: SetAside[]): ExcerptIndex {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('data/excerpts.json: not an object of excerpts per place');
  const out: ExcerptIndex = Object.create(null) as ExcerptIndex;
  for (const [place, list] of Object.entries(raw)) {
    out[place] = keep(
      'excerpts.json',
      list,
      valibot.array(valibot.unknown(), 'must be a list'),
      (l) => l,
      excerpt,
      setAside,
      (_r, i) => `${place} excerpt ${i + 1}`,
    );
  }
  return out;
}

export const checkCorridor = (raw: unknown, setAside: SetAside[]): Feature<Polygon | MultiPolygon, CorridorProps>[] =>
  features('m4-corridor.geojson', raw, corridorFeature, setAside);

/** The first view cannot draw without the timeline: a bad one throws, naming the file. */
export function checkControlTimeline(raw: unknown): ControlTimeline {
  const result = valibot.safeParse(controlTimeline, raw);
  if (!result.success) throw new Error(`data/control-timeline.json: ${describeIssue(result.issues[0])}`);
  const t = result.output;
  if (t.initial.length !== t.places.length) throw new Error('data/control-timeline.json: "initial" must hold one side per place');
  return t;
}
