import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Rounds every coordinate to `decimals` places: smaller files, and RFC 7946 advises against false precision. */
export function roundCoordinates<T extends Geometry>(geometry: T, decimals: number): T {
  const f = 10 ** decimals;
  const round = (p: Position): Position => p.map((v) => Math.round(v * f) / f);
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? round(c as Position) : (c as unknown[]).map(walk));
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => roundCoordinates(g, decimals)) };
  }
  return { ...geometry, coordinates: walk((geometry as { coordinates: unknown }).coordinates) } as T;
}

export function featureCollection<F extends Feature>(features: F[]): FeatureCollection<F['geometry'], F['properties']> {
  return { type: 'FeatureCollection', features } as FeatureCollection<F['geometry'], F['properties']>;
}

/** Stable, compact JSON: one feature per line keeps published files diffable yet small. */
export function stringifyCollection(fc: FeatureCollection<Geometry | null>): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
