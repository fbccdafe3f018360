// The current view as a PNG: the map canvas as drawn (preserveDrawingBuffer is on), with a caption
// band below carrying the date, the legend, the attribution and the link to this view.
import { SIDES } from '../core/types.ts';
import { SIDE_COLOURS, SIDE_SHORT } from '../core/theme.ts';
import { dayInWords } from '../core/days.ts';

export interface ExportedPng {
  blob: Blob;
  width: number;
  height: number;
  /** Pixels of the band under the map. */
  bandHeight: number;
  /** The caption's lines, as drawn. */
  caption: string[];
}

export const ATTRIBUTION = 'Basemap: Natural Earth (public domain). Data: Idlib 2020, sources in data/index.html';

const FRONT_LABEL = 'Front line';
const GAINED_LABEL = 'Changed hands between the two dates (bold fill: the side that gained it)';

export interface ExportInput {
  canvas: HTMLCanvasElement;
  day: string;
  since: string | null;
  url: string;
}

export function captionLines({ day, since, url }: Omit<ExportInput, 'canvas'>): string[] {
  const title = since ? `Idlib 2020 — ${dayInWords(day)}, compared with ${dayInWords(since)}` : `Idlib 2020 — ${dayInWords(day)}`;
  const legend = [...SIDES.map((s) => SIDE_SHORT[s]), FRONT_LABEL, ...(since ? [GAINED_LABEL] : [])];
  return [title, legend.join('   '), ATTRIBUTION, url];
}

export async function exportPng(input: ExportInput): Promise<ExportedPng> {
  const { canvas } = input;
  const scale = canvas.width / (canvas.clientWidth || canvas.width);
  const line = Math.round(16 * scale);
  const pad = Math.round(8 * scale);
  const caption = captionLines(input);
  const bandHeight = pad * 2 + line * caption.length;
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height + bandHeight;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(canvas, 0, 0);
  ctx.fillStyle = '#fbfaf7';
  ctx.fillRect(0, canvas.height, out.width, bandHeight);
  ctx.fillStyle = '#d9d4cc';
  ctx.fillRect(0, canvas.height, out.width, Math.max(1, Math.round(scale)));
  ctx.textBaseline = 'top';
  const fontPx = Math.round(12 * scale);
  const baseY = canvas.height + pad;
  caption.forEach((text, i) => {
    const y = baseY + i * line;
    ctx.fillStyle = i === 0 ? '#1f1b24' : '#5b5560';
    ctx.font = `${i === 0 ? 'bold ' : ''}${i === 0 ? Math.round(13 * scale) : fontPx}px "DejaVu Sans", sans-serif`;
    if (i === 1) {
      // The legend: a swatch before each side's name.
      let x = pad;
      for (const side of SIDES) {
        ctx.fillStyle = SIDE_COLOURS[side];
        ctx.fillRect(x, y + Math.round(1 * scale), fontPx, fontPx);
        x += fontPx + Math.round(4 * scale);
        ctx.fillStyle = '#1f1b24';
        ctx.fillText(SIDE_SHORT[side], x, y);
        x += ctx.measureText(SIDE_SHORT[side]).width + Math.round(14 * scale);
      }
      // The front line as the map draws it: dark dashes on a white casing.
      const mid = y + Math.round(fontPx / 2) + Math.round(1 * scale);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = Math.round(4 * scale);
      ctx.beginPath();
      ctx.moveTo(x, mid);
      ctx.lineTo(x + Math.round(22 * scale), mid);
      ctx.stroke();
      ctx.strokeStyle = '#1f1b24';
      ctx.lineWidth = Math.round(2 * scale);
      ctx.setLineDash([Math.round(5 * scale), Math.round(3 * scale)]);
      ctx.stroke();
      ctx.setLineDash([]);
      x += Math.round(26 * scale);
      ctx.fillStyle = '#1f1b24';
      ctx.fillText(FRONT_LABEL, x, y);
      x += ctx.measureText(FRONT_LABEL).width + Math.round(14 * scale);
      if (input.since) {
        ctx.strokeStyle = '#1f1b24';
        ctx.lineWidth = Math.max(1, Math.round(scale));
        ctx.strokeRect(x, y + Math.round(1 * scale), fontPx, fontPx);
        x += fontPx + Math.round(4 * scale);
        ctx.fillText(GAINED_LABEL, x, y);
      }
      return;
    }
    ctx.fillText(text, pad, y, out.width - pad * 2);
  });
  const blob = await new Promise<Blob | null>((done) => out.toBlob(done, 'image/png'));
  if (!blob) throw new Error('the PNG could not be made');
  return { blob, width: out.width, height: out.height, bandHeight, caption };
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: the download has its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
