// The card of a selected event: what happened, who claimed what (the reports disagree), the
// sentences it rests on, and its sources.
import { openReader, selectEvent, selectPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, dayShort } from '../../core/days.ts';
import { EVENT_COLOURS } from '../../core/theme.ts';
import { SourceList } from '../sources/index.tsx';

export function EventCard() {
  const state = useAppState();
  const id = state.selectedEvent.value;
  const data = state.data.value;
  const event = id ? data?.events.find((e) => e.properties.id === id) : undefined;
  if (!event || !data) return null;
  const e = event.properties;
  const place = e.place ? data.placesById.get(e.place) : undefined;
  return (
    <section class="panel-body event-card" aria-labelledby="event-title" data-event={e.id}>
      <header class="panel-header">
        <div>
          <p class="event-type">
            <span class="swatch round" style={{ background: EVENT_COLOURS[e.type] }} aria-hidden="true" /> {e.type}
          </p>
          <h2 id="event-title">{e.title}</h2>
          <p class="kind">{dayInWords(e.date)}</p>
        </div>
        <button type="button" class="close" aria-label="Close the event card" onClick={() => selectEvent(state, null)}>
          ×
        </button>
      </header>
      {place ? (
        <p>
          Where:{' '}
          <button type="button" class="link" onClick={() => selectPlace(state, place.properties.id)}>
            {place.properties.name}
          </button>
        </p>
      ) : null}
      {e.claims.length > 0 ? (
        <section aria-label="Claims">
          <h3>Who claimed what</h3>
          <ul class="claims">
            {e.claims.map((c, i) => (
              <li key={i}>
                <strong>{c.by}:</strong> {c.claim}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-label="In the reports">
        <h3>In the reports</h3>
        <ul class="quotes">
          {e.excerpts.map((x, i) => {
            const article = data.articlesById.get(x.article);
            const at = article ? article.text.indexOf(x.quote) : -1;
            const range: [number, number] | undefined = at >= 0 ? [at, at + x.quote.length] : undefined;
            return (
              <li key={i}>
                <button type="button" class="excerpt" onClick={() => openReader(state, x.article, null, range)}>
                  “{x.quote}”
                </button>
                <span class="byline"> — {article ? `${article.publisher}, ${dayShort(article.date)}` : x.article}</span>
              </li>
            );
          })}
        </ul>
      </section>
      {e.note ? <p class="note">{e.note}</p> : null}
      <SourceList sources={e.sources} />
    </section>
  );
}
