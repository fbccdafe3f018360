// Loads and validates the events: dated, located (or, where the reports place them nowhere
// precise, without geometry), typed, with who claimed what and the verbatim sentences of the
// reports each rests on.
import { distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Article, EventFeature, PlaceFeature, RegionFeature } from '../../src/data/types.ts';
import { eventSourceFeature } from '../../src/core/schema/geo-files.ts';
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
    if (value.geometry !== null && p.precision_m === null) fail('property "precision_m" must be a positive number of metres for an event with a point');
    if (p.date < period.start || p.date > period.end) fail(`date ${p.date} lies outside ${period.start} – ${period.end}`);
    if (p.place !== null && !places.has(p.place)) fail(`"place" must be a place or region id or null (got ${JSON.stringify(p.place)})`);
    p.excerpts.forEach((e, j) => {
      const article = articles.get(e.article);
      if (!article) fail(`excerpts[${j}].article "${e.article}" is not in geo/articles/index.json`);
      else if (!article.text.includes(e.quote)) fail(`excerpts[${j}].quote is not a verbatim part of article ${article.id}`);
    });
  }
  // An event at a place far away (Ankara, Moscow) lies near that place; every other, in the study area.
  const far = (place: string | null) => (place === null ? undefined : places.get(place)?.properties);
  const inTheatre = events.features.filter((f) => {
    const place = far(f.value.properties.place);
    if (!place || !('scope' in place) || place.scope !== 'wider') return true;
    const host = places.get(f.value.properties.place!);
    if (f.value.geometry && host?.geometry.type === 'Point') {
      const km = distance(f.value.geometry.coordinates, host.geometry.coordinates, { units: 'kilometers' });
      const maxKm = Math.max(f.value.properties.precision_m ?? 0, 2000) / 1000;
      if (km > maxKm) problems.push({ file, feature: f.label, problem: `lies ${km.toFixed(1)} km from its place ${place.id} (at most its precision, ${maxKm} km)` });
    }
    return false;
  });
  checkInsideStudyArea(studyArea, [{ file, features: inTheatre }], problems);
  throwIfAny(problems);
  return events.features.map((f) => f.value);
}
