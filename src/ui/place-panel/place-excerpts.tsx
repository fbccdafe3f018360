import { plural } from '../words/plural.ts';
import { openReader } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import type { Article, Excerpt } from '../../core/types.ts';
import { dayShort } from '../../core/days.ts';
import { MarkedText } from '../marked-text.tsx';

/** What the reports said about the place: excerpts grouped by report, newest report first. */
export function PlaceExcerpts({ placeId, placeName, list }: { placeId: string; placeName: string; list?: Excerpt[] }) {
  const state = useAppState();
  const data = state.data.value;
  const excerpts = list ?? data?.excerpts[placeId] ?? [];
  if (!data || excerpts.length === 0) return <p class="excerpts-none">No report in the corpus names {placeName}.</p>;
  const byArticle = new Map<string, Excerpt[]>();
  for (const e of excerpts) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
  const groups = [...byArticle]
    .map(([id, list]) => ({ article: data.articlesById.get(id), list }))
    .filter((g): g is { article: Article; list: Excerpt[] } => g.article !== undefined)
    .sort((a, b) => b.article.date.localeCompare(a.article.date) || a.article.id.localeCompare(b.article.id));
  return (
    <section class="excerpts" aria-label="What the reports said">
      <h3>
        In the reports{' '}
        <span class="count">
          ({plural(excerpts.length, 'excerpt')} from {plural(groups.length, 'report')})
        </span>
      </h3>
      {groups.map(({ article, list }) => (
        <article class="excerpt-group" key={article.id}>
          <h4>
            {article.title}
            {article.title_written_here ? (
              <span class="written-here" title="The report has no headline; this title was written here">
                {' '}
                (title ours)
              </span>
            ) : null}
          </h4>
          <p class="byline">
            {article.publisher} · {dayShort(article.date)}
            {article.date_inferred ? ' (date inferred)' : ''}
          </p>
          <ul>
            {list.map((e) => (
              <li key={e.sentence}>
                <button
                  type="button"
                  class="excerpt"
                  onClick={() => openReader(state, e.article, e.sentence)}
                  title="Read the whole report"
                >
                  <MarkedText text={e.text} range={e.match} />
                </button>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
