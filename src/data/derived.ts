// Values derived from the loaded data that are costly enough to compute once per load.
import type { AppData } from './load-data.ts';
import { highwayPieces, kmBySide, type HighwayPiece } from './highway-control.ts';
import type { Side } from '../core/types.ts';
import { controlAnchors, type Anchor } from './nearest-settlement.ts';

const anchorsCache = new WeakMap<AppData, Anchor[]>();
const piecesCache = new WeakMap<AppData, Map<string, HighwayPiece[]>>();

export function anchorsOf(data: AppData): Anchor[] {
  let a = anchorsCache.get(data);
  if (!a) {
    a = controlAnchors(data.controlFacts.settlements, data.placesById);
    anchorsCache.set(data, a);
  }
  return a;
}

export function highwayPiecesOf(data: AppData, id: string): HighwayPiece[] {
  let byId = piecesCache.get(data);
  if (!byId) {
    byId = new Map();
    piecesCache.set(data, byId);
  }
  let pieces = byId.get(id);
  if (!pieces) {
    const line = data.highways.find((h) => h.properties.id === id);
    pieces = line ? highwayPieces(line.geometry.coordinates as [number, number][], anchorsOf(data)) : [];
    byId.set(id, pieces);
  }
  return pieces;
}

/** A highway's length and the kilometres each side held on a day. */
export function derivedKmBySide(data: AppData, id: string, day: string): { total: number; bySide: { side: Side; km: number }[] } {
  const pieces = highwayPiecesOf(data, id);
  return { total: pieces.reduce((s, p) => s + p.km, 0), bySide: kmBySide(pieces, data.factsByPlace, day) };
}
