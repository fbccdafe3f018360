// A list of sources. Report text and source titles are data, rendered as text only.
import type { Source } from '../../core/types.ts';

export function SourceList({ sources, label = 'Sources' }: { sources: Source[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources" aria-label={label}>
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.note ? <span class="source-note"> — {s.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
