// Loads and validates the events: dated, located (or, where the reports place them nowhere
// precise, without geometry), typed, with who claimed what and the verbatim sentences of the
// reports each rests on.
import { distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Article, EventFeature, PlaceFeature, RegionFeature } from '../src/core/types.ts';
import { eventSourceFeature } from '../src/core/schema/geo-files.ts';
import { checkInsideStudyArea } from './geography.ts';
import { readCollection } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export function loadEvents(
  geoDir: string,
  period: { start: string; end: string },
  places: Map<string, PlaceFeature | RegionFeature>,
  articles: Map<string, Article>,
  studyArea: Feature<Polygon | MultiPolygon>,
): EventFeature[] {
  const problems: Problem[] = [];
  const events = readCollection(geoDir, 'events.geojson', eventSourceFeature, problems);
  const { file } = events;
  const ids = new Set<string>();
  for (const { label, value } of events.features) {
    const p = value.properties;
    const fail = (problem: string) => problems.push({ file, feature: label, problem });
    if (ids.has(p.id)) fail('id is used twice');
    ids.add(p.id);
    // An event the reports place only at "Idlib" (the province) or nowhere precise has no point:
    // geometry null, and then no precision either (it is listed on its day, not drawn).
    if (value.geometry === null && p.precision_m !== null)
      fail('"precision_m" must be null when geometry is null (an event without a point)');
    if (value.geometry !== null && p.precision_m === null)
      fail('property "precision_m" must be a positive number of metres for an event with a point');
    if (p.date < period.start || p.date > period.end) fail(`date ${p.date} lies outside ${period.start} – ${period.end}`);
    const placed = p.place === null ? undefined : places.get(p.place);
    if (p.place !== null && !placed) fail(`"place" must be a place or region id or null (got ${JSON.stringify(p.place)})`);
    // An event drawn at a named place must lie where that place is, within the event's precision.
    if (placed?.geometry.type === 'Point' && value.geometry !== null && p.precision_m !== null) {
      const km = distance(value.geometry.coordinates, placed.geometry.coordinates);
      if (km * 1000 > p.precision_m) fail(`lies ${km.toFixed(1)} km from its place "${p.place}", beyond its precision_m ${p.precision_m}`);
    }
    p.excerpts.forEach((e, j) => {
      const article = articles.get(e.article);
      if (!article) fail(`excerpts[${j}].article "${e.article}" is not in geo/articles/index.json`);
      else if (!article.text.includes(e.quote)) fail(`excerpts[${j}].quote is not a verbatim part of article ${article.id}`);
    });
  }
  // An event at a place far away (Ankara, Moscow) lies near that place (checked above); every
  // other, in the study area.
  const isFar = (place: string | null) => {
    const props = place === null ? undefined : places.get(place)?.properties;
    return props !== undefined && 'scope' in props && props.scope === 'wider';
  };
  const inTheatre = events.features.filter((f) => !isFar(f.value.properties.place));
  checkInsideStudyArea(studyArea, [{ file, features: inTheatre }], problems);
  throwIfAny(problems);
  return events.features.map((f) => f.value);
}
