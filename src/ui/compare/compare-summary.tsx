// What changed hands between two dates: km² gained and lost per side, and each settlement that
// changed with its dated changes and their sources. Shared by the side panel and the text view.
import type { Comparison } from '../../data/compare.ts';
import { SIDES } from '../../core/types.ts';
import { selectPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, dayShort } from '../../core/days.ts';
import { SideName } from '../side-name.tsx';
import { SourceList } from '../sources/index.tsx';
import { km2 } from './use-comparison.ts';

export function CompareSummary({ comparison: c, headingLevel = 3 }: { comparison: Comparison; headingLevel?: 2 | 3 }) {
  const state = useAppState();
  const data = state.data.value;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H2 = headingLevel === 2 ? 'h3' : 'h4';
  const name = (id: string) => data?.placesById.get(id)?.properties.name ?? id;
  const bySide = SIDES.map((side) => ({
    side,
    places: c.changed.filter((p) => p.after === side).sort((a, b) => name(a.place).localeCompare(name(b.place))),
  })).filter((g) => g.places.length > 0);
  return (
    <section class="compare-summary" aria-label="Changed hands between the two dates" data-earlier={c.earlier} data-later={c.later}>
      <H>
        Changed hands from {dayInWords(c.earlier)} to {dayInWords(c.later)}
      </H>
      <table class="compare-km2">
        <thead>
          <tr>
            <th scope="col">Side</th>
            <th scope="col">Gained</th>
            <th scope="col">Lost</th>
            <th scope="col">Net</th>
          </tr>
        </thead>
        <tbody>
          {SIDES.map((side) => (
            <tr key={side}>
              <th scope="row">
                <SideName side={side} />
              </th>
              <td>{km2(c.gained[side])}</td>
              <td>{km2(c.lost[side])}</td>
              <td>{(c.gained[side] - c.lost[side] >= 0 ? '+' : '−') + km2(Math.abs(c.gained[side] - c.lost[side]))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.changed.length === 0 ? <p>No settlement of the model changed hands between these dates.</p> : null}
      {bySide.map(({ side, places }) => (
        <div key={side} class="gains" data-side={side}>
          <H2>
            Gained by <SideName side={side} /> ({places.length})
          </H2>
          <ul aria-label={`Gained by ${side}`}>
            {places.map((p) => (
              <li key={p.place} data-place={p.place}>
                <button type="button" class="link" onClick={() => selectPlace(state, p.place)}>
                  {name(p.place)}
                </button>{' '}
                <span class="note">
                  from <SideName side={p.before} />
                </span>
                <details>
                  <summary>{p.changes.map((ch) => `${dayShort(ch.date)} (${ch.confidence})`).join(', ')}</summary>
                  {p.changes.map((ch) => (
                    <div key={ch.date}>
                      <p class="note">
                        {dayShort(ch.date)}: to <SideName side={ch.side} />, {ch.confidence} confidence{ch.note ? `. ${ch.note}` : ''}
                      </p>
                      <SourceList sources={ch.sources} />
                    </div>
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
