// A region as a selectable place: its label point (the mean of its outer ring) with the
// properties a place panel needs.
import type { PlaceFeature, RegionFeature } from '../core/types.ts';

export function regionLabelPoint(r: RegionFeature): [number, number] {
  const ring = (r.geometry.type === 'Polygon' ? r.geometry.coordinates[0] : r.geometry.coordinates[0]![0])!.slice(1);
  const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
  const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
  return [lon, lat];
}

export function regionAsPlace(r: RegionFeature): PlaceFeature {
  const p = r.properties;
  return {
    type: 'Feature',
    properties: {
      id: p.id,
      name: p.name,
      name_ar: p.name_ar,
      aliases: p.aliases,
      kind: 'region',
      scope: 'theatre',
      precision_m: p.precision_m,
      sources: p.sources,
      note: p.note,
      layer: 'place',
    },
    geometry: { type: 'Point', coordinates: regionLabelPoint(r) },
  };
}
