// Map icons drawn on a canvas at start-up: no sprite sheet to fetch, crisp at any pixel ratio.
import type * as maplibregl from 'maplibre-gl';
import type { EventType } from '../core/types.ts';
import { EVENT_COLOURS, UNCERTAIN } from '../core/theme.ts';

const SIZE = 24;
const RATIO = 2;

type Draw = (ctx: CanvasRenderingContext2D, s: number) => void;

/** Draws an icon on a canvas (SIZE css px at RATIO): the map's image and the legend's are one drawing. */
function drawOn(canvas: HTMLCanvasElement, draw: Draw): CanvasRenderingContext2D {
  canvas.width = canvas.height = SIZE * RATIO;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(RATIO, RATIO);
  ctx.lineJoin = 'round';
  draw(ctx, SIZE);
  return ctx;
}

function addIcon(map: maplibregl.Map, name: string, draw: Draw): void {
  if (map.hasImage(name)) return;
  const ctx = drawOn(document.createElement('canvas'), draw);
  map.addImage(name, ctx.getImageData(0, 0, SIZE * RATIO, SIZE * RATIO), { pixelRatio: RATIO });
}

function disc(ctx: CanvasRenderingContext2D, s: number, fill: string): void {
  ctx.beginPath();
  ctx.arc(s / 2, s / 2, s / 2 - 2, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

function star(ctx: CanvasRenderingContext2D, cx: number, cy: number, points: number, outer: number, inner: number): void {
  ctx.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 ? inner : outer;
    const a = (i * Math.PI) / points - Math.PI / 2;
    ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  ctx.closePath();
}

const EVENT_GLYPHS: Record<EventType, Draw> = {
  airstrike: (c, s) => {
    star(c, s / 2, s / 2, 8, 7, 3);
    c.fillStyle = '#fff';
    c.fill();
  },
  clash: (c, s) => {
    c.strokeStyle = '#fff';
    c.lineWidth = 2.5;
    c.beginPath();
    c.moveTo(7, 7);
    c.lineTo(s - 7, s - 7);
    c.moveTo(s - 7, 7);
    c.lineTo(7, s - 7);
    c.stroke();
  },
  capture: (c) => {
    c.fillStyle = '#fff';
    c.fillRect(8, 6, 1.8, 13);
    c.beginPath();
    c.moveTo(9.8, 6);
    c.lineTo(17, 8.5);
    c.lineTo(9.8, 11);
    c.fill();
  },
  casualties: (c, s) => {
    c.fillStyle = '#fff';
    c.fillRect(s / 2 - 1.3, 6, 2.6, 12);
    c.fillRect(7.5, 9.5, 9, 2.6);
  },
  diplomacy: (c, s) => {
    c.fillStyle = '#fff';
    c.beginPath();
    c.moveTo(s / 2, 6);
    c.lineTo(s - 6, s / 2);
    c.lineTo(s / 2, s - 6);
    c.lineTo(6, s / 2);
    c.closePath();
    c.fill();
  },
  displacement: (c, s) => {
    c.strokeStyle = '#fff';
    c.fillStyle = '#fff';
    c.lineWidth = 2.2;
    c.beginPath();
    c.moveTo(6, s / 2);
    c.lineTo(s - 9, s / 2);
    c.stroke();
    c.beginPath();
    c.moveTo(s - 6, s / 2);
    c.lineTo(s - 11, s / 2 - 5);
    c.lineTo(s - 11, s / 2 + 5);
    c.fill();
  },
};

export function eventIconName(type: EventType): string {
  return `event-${type}`;
}

const eventIcon =
  (type: EventType): Draw =>
  (c, s) => {
    disc(c, s, EVENT_COLOURS[type]);
    EVENT_GLYPHS[type](c, s);
  };

/** A Turkish observation post: a square fort; a red ring (a layer of its own) once surrounded. */
const POST_DRAWINGS = {
  'op-manned': (c) => {
    c.fillStyle = '#ffffff';
    c.strokeStyle = '#1d1d1d';
    c.lineWidth = 2;
    c.fillRect(6, 6, 12, 12);
    c.strokeRect(6, 6, 12, 12);
    c.fillStyle = '#1d1d1d';
    c.fillRect(10, 10, 4, 4);
  },
  'op-ring': (c, s) => {
    c.beginPath();
    c.arc(s / 2, s / 2, s / 2 - 1.5, 0, Math.PI * 2);
    c.fillStyle = 'rgba(204, 51, 17, 0.25)';
    c.fill();
    c.setLineDash([3, 2]);
    c.strokeStyle = '#cc3311';
    c.lineWidth = 2.5;
    c.stroke();
  },
} satisfies Record<string, Draw>;
export type PostIconName = keyof typeof POST_DRAWINGS;

export function addEventIcons(map: maplibregl.Map): void {
  for (const type of Object.keys(EVENT_COLOURS) as EventType[]) addIcon(map, eventIconName(type), eventIcon(type));
}

export function addPostIcons(map: maplibregl.Map): void {
  for (const [name, draw] of Object.entries(POST_DRAWINGS)) addIcon(map, name, draw);
}

/** The map's icon for an event type or a post, drawn on a canvas of the page (for the legend). */
export function drawIcon(canvas: HTMLCanvasElement, icon: { event: EventType } | { post: PostIconName }): void {
  drawOn(canvas, 'event' in icon ? eventIcon(icon.event) : POST_DRAWINGS[icon.post]);
}

/** The diagonal hatch laid over ground held on one partisan claim or disputed. */
export const HATCH = 'hatch-uncertain';

export function addHatchPattern(map: maplibregl.Map): void {
  if (map.hasImage(HATCH)) return;
  const size = 8 * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = UNCERTAIN.hatch;
  ctx.lineWidth = RATIO * 1.1;
  // The diagonal and its neighbours' corners, so that the stripes join across repeats of the tile.
  for (const offset of [-size, 0, size]) {
    ctx.beginPath();
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
    ctx.stroke();
  }
  map.addImage(HATCH, ctx.getImageData(0, 0, size, size), { pixelRatio: RATIO });
}
