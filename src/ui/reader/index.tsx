// The reader: a whole report, the chosen sentence highlighted and scrolled into view; each linked
// place name is a button that selects the place and flies the map there.
import { useEffect, useRef } from 'preact/hooks';
import { closeReader, showPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords } from '../../core/days.ts';
import { paragraphs } from './segments.ts';
import { PHONE_MEDIA } from '../../core/theme.ts';

export function Reader() {
  const state = useAppState();
  const open = state.reader.value;
  const data = state.data.value;
  const dialog = useRef<HTMLDivElement>(null);
  const article = open && data ? data.articlesById.get(open.article) : undefined;
  const span =
    open?.range ??
    (article && open?.sentence !== null && open?.sentence !== undefined ? (article.sentences?.[open.sentence] ?? null) : null);

  useEffect(() => {
    if (!article) return;
    const returnFocus = document.activeElement as HTMLElement | null;
    const marked = dialog.current?.querySelector<HTMLElement>('.sentence-highlight');
    marked?.scrollIntoView({ block: 'center' });
    dialog.current?.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
    // Escape is handled with every other panel's (ui/escape-closes.ts).
    return () => {
      returnFocus?.focus?.({ preventScroll: true });
    };
  }, [article, span?.[0]]);

  if (!article) return null;
  const goTo = (placeId: string) => {
    const place = data!.placesById.get(placeId);
    if (!place) return;
    // On a phone the reader covers the map: close it so the reader sees where the name is.
    if (window.matchMedia(PHONE_MEDIA).matches) closeReader(state);
    showPlace(state, place);
  };
  return (
    // Not modal: the map stays visible beside it, so a name clicked here can be seen on the map.
    <div class="reader" role="dialog" aria-modal="false" aria-labelledby="reader-title" ref={dialog} data-article={article.id}>
      <header class="panel-header">
        <div>
          <h2 id="reader-title">
            {article.title}
            {article.title_written_here ? <span class="written-here"> (title written here: the report has none)</span> : null}
          </h2>
          <p class="byline">
            {article.publisher} · {dayInWords(article.date)}
            {article.date_inferred ? ' (date inferred from the text)' : ''}
            {article.url ? (
              <>
                {' · '}
                <a href={article.url} target="_blank" rel="noopener noreferrer nofollow">
                  original
                </a>
              </>
            ) : null}
          </p>
        </div>
        <button type="button" class="close" aria-label="Close the report" onClick={() => closeReader(state)}>
          ×
        </button>
      </header>
      <div class="reader-text">
        {paragraphs(article.text, article.mentions ?? [], span).map((runs, i) => (
          <p key={i}>
            {runs.map((r, j) => {
              const content = r.place ? (
                <button type="button" class="mention" data-place={r.place} onClick={() => goTo(r.place!)} title="Show on the map">
                  {r.text}
                </button>
              ) : (
                r.text
              );
              return r.highlighted ? (
                <mark class="sentence-highlight" key={j}>
                  {content}
                </mark>
              ) : (
                <span key={j}>{content}</span>
              );
            })}
          </p>
        ))}
      </div>
    </div>
  );
}
