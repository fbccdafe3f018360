// Where an event is drawn, if anywhere. An event the reports place only at "Idlib" (the province)
// has no point of its own: drawing it at the province's centre would invent a place (an empty
// field north of Ariha), so it is listed with its day instead.
import type { EventFeature } from '../core/types.ts';

/** Places too wide to point at: an event placed there is treated as having no precise place. */
const TOO_WIDE = new Set(['idlib-province']);
/** An event known only to within this many metres (somewhere in Jabal al-Zawiya, say) is not a
 * point either: its icon would sit on the region's label and claim a spot nothing reported. */
export const POINT_PRECISION_LIMIT_M = 10_000;

export function eventPoint(e: EventFeature): [number, number] | null {
  if (!e.geometry || (e.properties.place && TOO_WIDE.has(e.properties.place))) return null;
  if ((e.properties.precision_m ?? 0) >= POINT_PRECISION_LIMIT_M) return null;
  return e.geometry.coordinates as [number, number];
}

/**
 * Icon offsets (in pixels at icon size 1) that spread events drawn at the same point around it,
 * so that each can be seen and clicked. Computed once; a lone event keeps the base offset.
 */
export function spreadOffsets(
  points: { id: string; at: [number, number] }[],
  base: [number, number] = [14, -14],
  radius = 18,
): Map<string, [number, number]> {
  const groups = new Map<string, string[]>();
  for (const p of points) {
    const key = `${p.at[0].toFixed(5)},${p.at[1].toFixed(5)}`;
    groups.set(key, [...(groups.get(key) ?? []), p.id]);
  }
  const out = new Map<string, [number, number]>();
  for (const ids of groups.values()) {
    ids.forEach((id, i) => {
      if (ids.length === 1) {
        out.set(id, base);
        return;
      }
      // Around the point, clockwise from the top-right, far enough apart for icons of ~22 px and
      // clear of the point itself (a place's dot or a post's icon stays clickable).
      const r = Math.max(radius, (ids.length * 24) / (2 * Math.PI));
      const a = -Math.PI / 4 + (2 * Math.PI * i) / ids.length;
      out.set(id, [Math.round(r * Math.cos(a) * 10) / 10, Math.round(r * Math.sin(a) * 10) / 10]);
    });
  }
  return out;
}
