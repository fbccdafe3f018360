// Geometry fixtures are GeoJSON FeatureCollections, so a reviewer can open the input and each
// expected output on a map (geojson.io, QGIS) and see what the code did. The input holds the study
// area (a polygon with `role: "study area"`), the settlements (points with `place`) and, as a
// foreign member, the control facts.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { ControlFacts } from '../../src/core/types.ts';

export interface GeometryFixtureInput {
  note: string;
  studyArea: Feature<Polygon | MultiPolygon>;
  points: { place: string; at: Position }[];
  facts: ControlFacts;
}

export function readFixtureInput(file: string): GeometryFixtureInput {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection & { note: string; facts: ControlFacts };
  const studyArea = fc.features.find((f) => f.properties?.role === 'study area') as Feature<Polygon | MultiPolygon>;
  const points = fc.features
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => ({ place: String(f.properties?.place), at: (f.geometry as { coordinates: Position }).coordinates }));
  return { note: fc.note, studyArea, points, facts: fc.facts };
}

/** Features (or cells: a place and its geometry) as a FeatureCollection, the fixture's form. */
export function asCollection(items: readonly (Feature | { place: string; geometry: Polygon | MultiPolygon })[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((x) => ('type' in x ? x : { type: 'Feature', properties: { place: x.place }, geometry: x.geometry })),
  };
}
