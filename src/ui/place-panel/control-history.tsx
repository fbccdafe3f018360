import { holdingOn } from '../../core/control-history.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, dayShort } from '../../core/days.ts';
import { FIRST_DAY } from '../../core/period.ts';
import { SideName } from '../side-name.tsx';
import { SourceList } from '../sources/index.tsx';

/** Who held the place on the selected day, and every dated change with its sources. */
export function ControlHistory({ placeId }: { placeId: string }) {
  const state = useAppState();
  const facts = state.data.value?.factsByPlace.get(placeId);
  if (!facts) {
    const isRegion = state.data.value?.placesById.get(placeId)?.properties.kind === 'region';
    return (
      <p class="control-none">
        {isRegion
          ? 'A region: the map shows who held each part of it on the selected day.'
          : 'The map does not follow who held this place (it lies away from the front, or is not a settlement).'}
      </p>
    );
  }
  const day = state.day.value;
  const holding = holdingOn(facts, day);
  return (
    <section class="control" aria-label="Control">
      <p class="held-by" data-side={holding.side}>
        On {dayInWords(day)}: held by <SideName side={holding.side} />
        {holding.change ? `, since ${dayShort(holding.change.date)}.` : `, since before ${dayShort(FIRST_DAY)}.`}
        {holding.change?.disputed
          ? ' Disputed: other reporting contradicts this change (see below).'
          : holding.change?.confidence === 'low'
            ? ' Low confidence: one partisan outlet, or a day inferred.'
            : ''}
      </p>
      <ol class="history">
        <li class={holding.change === null ? 'current' : ''}>
          <span class="when">Before {dayShort(FIRST_DAY)}</span> <SideName side={facts.initial} />
          <details>
            <summary>Sources</summary>
            <SourceList sources={facts.initial_sources} />
          </details>
        </li>
        {facts.changes.map((c) => (
          <li key={c.date} class={holding.change === c ? 'current' : ''}>
            <span class="when">{dayShort(c.date)}</span> → <SideName side={c.side} />{' '}
            <span class={`confidence confidence-${c.confidence}`}>{c.confidence} confidence</span>
            {c.disputed ? <span class="disputed-mark">disputed</span> : null}
            {c.alt_date ? <span class="alt-date"> (other sources: {dayShort(c.alt_date)})</span> : null}
            <details>
              <summary>
                Sources{c.note ? ' and note' : ''}
                {c.disputed ? ', both sides' : ''}
              </summary>
              {c.note ? <p class="note">{c.note}</p> : null}
              {c.disputed ? <p class="sources-side">Reported by:</p> : null}
              <SourceList sources={c.sources} />
              {c.disputed ? (
                <div class="disputed">
                  <p class="sources-side">Contradicted by:</p>
                  <p class="note">{c.disputed.note}</p>
                  <SourceList sources={c.disputed.sources} />
                </div>
              ) : null}
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
