// Loads and validates the events: dated, located, typed, with who claimed what and the verbatim
// sentences of the reports each rests on.
import type { Feature, Point } from 'geojson';
import { distance } from '@turf/turf';
import type { Article, EventFeature, PlaceFeature, RegionFeature } from '../../src/data/types.ts';
import { EVENT_TYPES } from '../../src/data/types.ts';
import { checkCoordinates, PropChecker } from './check-props.ts';
import { featureLabel, readCollection } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export function loadEvents(
  geoDir: string,
  period: { start: string; end: string },
  places: Map<string, PlaceFeature | RegionFeature>,
  articles: Map<string, Article>,
): EventFeature[] {
  const problems: Problem[] = [];
  const { file, features } = readCollection(geoDir, 'events.geojson', problems);
  const ids = new Set<string>();
  features.forEach((f: Feature, i) => {
    const label = featureLabel(f, i);
    const p = new PropChecker(problems, file, label, (f.properties ?? {}) as Record<string, unknown>);
    p.id();
    if (ids.has(label)) p.fail('id is used twice');
    ids.add(label);
    // An event the reports place only at "Idlib" (the province) or nowhere precise has no point:
    // geometry null, and then no precision either (it is listed on its day, not drawn).
    if (f.geometry === null) {
      if (p.props['precision_m'] !== null) p.fail('"precision_m" must be null when geometry is null (an event without a point)');
    } else {
      if (f.geometry?.type !== 'Point') p.fail('geometry must be Point or null');
      checkCoordinates(f, (problem) => p.fail(problem));
      p.precision();
    }
    p.date('date');
    const date = p.props['date'];
    if (typeof date === 'string' && (date < period.start || date > period.end)) p.fail(`date ${date} lies outside ${period.start} – ${period.end}`);
    p.oneOf('type', EVENT_TYPES);
    p.string('title');
    p.sources();
    const place = p.props['place'];
    const placed = place === null ? undefined : places.get(String(place));
    if (place !== null && !placed) p.fail(`"place" must be a place or region id or null (got ${JSON.stringify(place)})`);
    // An event drawn at a named place must lie where that place is, within the event's precision.
    const precision = p.props['precision_m'];
    if (placed?.geometry.type === 'Point' && f.geometry?.type === 'Point' && typeof precision === 'number') {
      const km = distance((f.geometry as Point).coordinates, placed.geometry.coordinates);
      if (km * 1000 > precision) p.fail(`lies ${km.toFixed(1)} km from its place "${String(place)}", beyond its precision_m ${precision}`);
    }
    const claims = p.props['claims'];
    if (!Array.isArray(claims) || claims.some((c) => typeof c?.by !== 'string' || typeof c?.claim !== 'string')) p.fail('"claims" must be a list of { by, claim }');
    const excerpts = p.props['excerpts'];
    if (!Array.isArray(excerpts) || excerpts.length === 0) p.fail('"excerpts" must list the sentences the event rests on');
    else
      excerpts.forEach((e: { article?: string; quote?: string }, j: number) => {
        const article = articles.get(String(e?.article));
        if (!article) p.fail(`excerpts[${j}].article "${String(e?.article)}" is not in geo/articles/index.json`);
        else if (typeof e.quote !== 'string' || e.quote === '' || !article.text.includes(e.quote)) p.fail(`excerpts[${j}].quote is not a verbatim part of article ${article.id}`);
      });
  });
  throwIfAny(problems);
  return features as EventFeature[];
}
