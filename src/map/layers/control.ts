// Control areas on the selected day. The settlements' cells and the edges between them are loaded
// once; a day step only sets feature state on the cells whose holding changed and on the edges
// around them. No filter or layout reads the day, so MapLibre never reloads or re-tiles a source:
// a step costs one repaint, and a map query answers the new day's side in the same frame.
import { effect } from '@preact/signals';
import type { ExpressionSpecification } from 'maplibre-gl';
import type * as maplibregl from 'maplibre-gl';
import { TimelineIndex, type ControlTimeline } from '../../core/control-timeline.ts';
import { dataUrl } from '../../data/load-data.ts';
import { addHatchPattern, HATCH } from '../../graphics/icons.ts';
import { CONTROL_FILL_OPACITY, FLASH, FRONT_LINE, SIDE_COLOURS, UNCERTAIN } from '../../core/theme.ts';
import { removeAll, type AttachFirstViewLayer } from './layer-kit.ts';

export const CONTROL_FILL = 'control-fill';
export const CONTROL_UNCERTAIN = 'control-uncertain';
export const CONTROL_FRONT = 'control-front';
export const CHANGE_FLASH = 'control-change-flash';
/** The cells are what the fill draws, so a query on the fill says whose cell a point is in. */
export const CELLS_HIT = CONTROL_FILL;
export const CELLS_SOURCE = 'control-cells';
export const EDGES_SOURCE = 'control-edges';
/** Share of a side's colour in its area: the basemap's labels and lines stay readable beneath. */
export const AREA_OPACITY = CONTROL_FILL_OPACITY;

const stateSide: ExpressionSpecification = ['feature-state', 'side'];
const sideColour = ['match', stateSide, ...Object.entries(SIDE_COLOURS).flat(), 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
const flag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export const attachControl: AttachFirstViewLayer = (map, { timeline }, state) => {
  addHatchPattern(map);
  map.addSource(CELLS_SOURCE, { type: 'geojson', data: dataUrl('control-cells.geojson'), promoteId: 'place' });
  map.addSource(EDGES_SOURCE, { type: 'geojson', data: dataUrl('control-edges.geojson') });
  // Every cell is drawn opaque and the layer as a whole at AREA_OPACITY: neighbouring cells of one
  // side then read as one area, with no seams where their antialiased edges overlap.
  map.addLayer({
    id: CONTROL_FILL,
    type: 'fill',
    source: CELLS_SOURCE,
    paint: {
      'fill-color': sideColour,
      // Ground held on one partisan claim, or disputed, is lighter (and hatched, below).
      'fill-opacity': ['case', flag('uncertain'), UNCERTAIN.fillShare, 1],
      'fill-antialias': false,
      'fill-layer-opacity': AREA_OPACITY,
    },
  });
  map.addLayer({
    id: CONTROL_UNCERTAIN,
    type: 'fill',
    source: CELLS_SOURCE,
    paint: { 'fill-pattern': HATCH, 'fill-opacity': ['case', flag('uncertain'), UNCERTAIN.hatchOpacity, 0] },
  });
  // Ground that changed hands since the day shown before, until the next step.
  map.addLayer({
    id: CHANGE_FLASH,
    type: 'fill',
    source: CELLS_SOURCE,
    paint: { 'fill-color': FLASH.colour, 'fill-opacity': ['case', flag('changed'), FLASH.opacity, 0], 'fill-antialias': false },
  });
  // Where two sides meet on the day: the edges between neighbouring cells held by different sides.
  map.addLayer({
    id: CONTROL_FRONT,
    type: 'line',
    source: EDGES_SOURCE,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': FRONT_LINE.colour,
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 12, 2.6],
      'line-opacity': ['case', flag('front'), FRONT_LINE.opacity, 0],
    },
  });

  const painter = new ControlPainter(map, timeline);
  const stop = effect(() => painter.show(state.day.value));
  return () => {
    stop();
    removeAll(map, [CONTROL_FRONT, CHANGE_FLASH, CONTROL_UNCERTAIN, CONTROL_FILL], [EDGES_SOURCE, CELLS_SOURCE]);
  };
};

/** Holds what the map shows for each cell and edge, and sets feature state only where it changes. */
export class ControlPainter {
  private readonly index: TimelineIndex;
  private readonly side: Int8Array;
  private readonly uncertain: Uint8Array;
  private readonly front: Uint8Array;
  private readonly edgesOf: number[][];
  private shownDay: string | null = null;
  private flashing: number[] = [];

  constructor(
    private readonly map: maplibregl.Map,
    private readonly timeline: ControlTimeline,
  ) {
    this.index = new TimelineIndex(timeline);
    const n = timeline.places.length;
    this.side = new Int8Array(n).fill(-1);
    this.uncertain = new Uint8Array(n);
    this.front = new Uint8Array(timeline.edges.length);
    this.edgesOf = timeline.places.map(() => []);
    timeline.edges.forEach(([a, b], e) => {
      this.edgesOf[a]?.push(e);
      this.edgesOf[b]?.push(e);
    });
  }

  show(day: string): void {
    const first = this.shownDay === null;
    const cells = first ? this.timeline.places.map((_, i) => i) : this.index.touchedBetween(this.shownDay!, day);
    this.shownDay = day;
    const changedSide: number[] = [];
    for (const cell of cells) {
      const h = this.index.holding(cell, day);
      const side = this.timeline.sides.indexOf(h.side);
      const uncertain = h.uncertain ? 1 : 0;
      if (side === this.side[cell] && uncertain === this.uncertain[cell]) continue;
      if (side !== this.side[cell]) changedSide.push(cell);
      this.side[cell] = side;
      this.uncertain[cell] = uncertain;
      this.map.setFeatureState({ source: CELLS_SOURCE, id: this.timeline.places[cell]! }, { side: h.side, uncertain: h.uncertain });
    }
    this.updateFront(first ? this.timeline.edges.map((_, e) => e) : [...new Set(changedSide.flatMap((c) => this.edgesOf[c]!))]);
    this.updateFlash(first ? [] : changedSide);
  }

  private updateFront(edges: number[]): void {
    for (const e of edges) {
      const [a, b] = this.timeline.edges[e]!;
      const front = this.side[a] !== this.side[b] ? 1 : 0;
      if (front === this.front[e]) continue;
      this.front[e] = front;
      this.map.setFeatureState({ source: EDGES_SOURCE, id: e }, { front: front === 1 });
    }
  }

  private updateFlash(changed: number[]): void {
    const next = new Set(changed);
    for (const cell of this.flashing) {
      if (!next.has(cell)) this.map.setFeatureState({ source: CELLS_SOURCE, id: this.timeline.places[cell]! }, { changed: false });
    }
    for (const cell of changed) this.map.setFeatureState({ source: CELLS_SOURCE, id: this.timeline.places[cell]! }, { changed: true });
    this.flashing = changed;
  }
}
