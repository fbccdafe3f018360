// Files the first map draw does not need: fetched once, on first use, and kept in the app state.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { AppState } from '../state/app-state.ts';
import { cellsLoaded, territoryLoaded } from '../state/actions.ts';
import { dataUrl } from './load-data.ts';
import { parseTerritoryCsv } from '../core/territory.ts';
import type { Side } from '../core/types.ts';

export interface CellData {
  collection: FeatureCollection<Polygon | MultiPolygon, { place: string; area_km2: number }>;
  /** km² of each settlement's cell. */
  areaByPlace: Map<string, number>;
}

export interface FrontProps {
  from: string;
  to: string | null;
  sides: [Side, Side];
  length_km: number;
}
export type FrontCollection = FeatureCollection<MultiLineString, FrontProps>;

const pending = new Map<string, Promise<unknown>>();

function once<T>(name: string, read: (res: Response) => Promise<T>): Promise<T> {
  let p = pending.get(name) as Promise<T> | undefined;
  if (!p) {
    p = fetch(dataUrl(name)).then((res) => {
      if (!res.ok) throw new Error(`data/${name}: HTTP ${res.status}`);
      return read(res);
    });
    // A failed fetch may be retried by the next caller.
    p.catch(() => pending.delete(name));
    pending.set(name, p);
  }
  return p;
}

export function ensureTerritory(state: AppState): void {
  if (state.territory.peek()) return;
  once('territory.csv', (r) => r.text()).then(
    (text) => territoryLoaded(state, parseTerritoryCsv(text)),
    (err: unknown) => console.warn(err),
  );
}

export function ensureCells(state: AppState): void {
  if (state.cells.peek()) return;
  once('control-cells.geojson', (r) => r.json() as Promise<CellData['collection']>).then(
    (collection) => {
      const areaByPlace = new Map(collection.features.map((f) => [f.properties.place, Number(f.properties.area_km2) || 0]));
      cellsLoaded(state, { collection, areaByPlace });
    },
    (err: unknown) => console.warn(err),
  );
}

export function loadFront(): Promise<FrontCollection> {
  return once('front.geojson', (r) => r.json() as Promise<FrontCollection>);
}
