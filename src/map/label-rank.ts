// Which place labels win when they collide: the places the reports talk about most, then the
// bigger places. Symbol placement in MapLibre goes by `symbol-sort-key` (lower first), so the
// rank is turned into a key: without it, labels win by their order in the file.
import type { AppData } from '../data/load-data.ts';
import type { PlaceKind } from '../core/types.ts';

const KIND_WEIGHT: Partial<Record<PlaceKind, number>> = { capital: 30, city: 30, province: 20, town: 10, village: 5 };

/** Higher = more important: excerpts naming the place, events there, and its kind. */
export function labelRank(data: Pick<AppData, 'excerpts' | 'events'>, id: string, kind: PlaceKind): number {
  const excerpts = data.excerpts[id]?.length ?? 0;
  const events = data.events.filter((e) => e.properties.place === id).length;
  return excerpts * 4 + events * 6 + (KIND_WEIGHT[kind] ?? 0);
}

/** The symbol-sort-key for a rank: the most important place is placed first. */
export function labelSortKey(rank: number): number {
  return -rank;
}
