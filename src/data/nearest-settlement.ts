// The settlement of the control model nearest a point, measured as the Voronoi cells are (longitude
// shortened by cos(latitude)), so the answer is the settlement whose cell holds the point.
import type { PlaceFeature, SettlementControl } from '../core/types.ts';

export interface Anchor {
  id: string;
  at: [number, number];
}

/** The settlements of the control model with their coordinates. */
export function controlAnchors(settlements: SettlementControl[], placesById: Map<string, PlaceFeature>): Anchor[] {
  return settlements.flatMap((s) => {
    const p = placesById.get(s.place);
    return p ? [{ id: s.place, at: p.geometry.coordinates as [number, number] }] : [];
  });
}

/** Ground distance in km between two lon/lat points (equirectangular: fine at these distances). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * k * 111.32, (a[1] - b[1]) * 110.57);
}

export function nearestAnchor(anchors: Anchor[], at: [number, number]): Anchor | null {
  let best: Anchor | null = null;
  let bestD = Infinity;
  for (const a of anchors) {
    const d = distanceKm(a.at, at);
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best;
}
