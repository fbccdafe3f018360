// Cuts a report into paragraphs of plain and linked runs, marking the chosen sentence, so the
// reader renders it with text nodes only (report text is untrusted).
import type { Mention } from '../../core/types.ts';

export interface Run {
  text: string;
  place: string | null;
  highlighted: boolean;
}

export function paragraphs(text: string, mentions: Mention[], highlight: [number, number] | null): Run[][] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (highlight) cuts.add(highlight[0]).add(highlight[1]);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const out: Run[][] = [[]];
  let openMention: Mention | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    if (piece === '\n') {
      out.push([]);
      continue;
    }
    openMention = byStart.get(start) ?? (openMention && start < openMention.end ? openMention : null);
    const highlighted = highlight !== null && start >= highlight[0] && end <= highlight[1];
    out.at(-1)!.push({ text: piece, place: openMention ? openMention.place : null, highlighted });
  }
  return out.filter((p) => p.some((r) => r.text.trim() !== ''));
}
