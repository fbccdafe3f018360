// The text view: everything the map shows for the selected day, as headings, lists and a table,
// for screen readers, for readers without WebGL, and for anyone who wants to read rather than look.
import { plural } from '../words/plural.ts';
import { useComputed } from '@preact/signals';
import { holdingOn } from '../../core/control-history.ts';
import { SIDES, type Side } from '../../core/types.ts';
import { selectEvent, selectPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { SIDE_LABELS } from '../../core/theme.ts';
import { addDays, dayInWords, dayShort } from '../../core/days.ts';
import { SideName } from '../side-name.tsx';
import { CompareSection, FrontSection, TerritorySection } from './analysis-sections.tsx';

export function TextView() {
  const state = useAppState();
  const day = state.day.value;
  const rows = useComputed(() => {
    const data = state.data.value;
    if (!data) return [];
    const d = state.day.value;
    return data.controlFacts.settlements
      .map((s) => ({ s, name: data.placesById.get(s.place)?.properties.name ?? s.place, ...holdingOn(s, d) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  const data = state.data.value;
  if (!data)
    return (
      <section class="text-view">
        {state.dataError.value ? `The data could not be loaded: ${state.dataError.value}` : 'Loading the data…'}
      </section>
    );
  const counts = new Map<Side, number>(SIDES.map((s) => [s, 0]));
  for (const r of rows.value) counts.set(r.side, counts.get(r.side)! + 1);
  const weekAgo = addDays(day, -6);
  const recent = rows.value
    .filter((r) => r.change && r.change.date >= weekAgo)
    .sort((a, b) => b.change!.date.localeCompare(a.change!.date));
  // Ground the map hatches: the change that gave it to its holder is disputed or low confidence.
  const uncertain = rows.value.filter((r) => r.change && (r.change.disputed || r.change.confidence === 'low'));
  const events = data.events
    .filter((e) => e.properties.date <= day && e.properties.date >= weekAgo)
    .sort((a, b) => b.properties.date.localeCompare(a.properties.date));
  return (
    <section class="text-view" aria-labelledby="text-view-title">
      <h2 id="text-view-title">{dayInWords(day)}</h2>
      <p>Settlements the map follows, by the side that held them on this day:</p>
      <ul>
        {SIDES.map((s) => (
          <li key={s}>
            {SIDE_LABELS[s]}: {plural(counts.get(s)!, 'settlement')}
          </li>
        ))}
      </ul>
      <TerritorySection />
      <FrontSection />
      <CompareSection />
      <h3>Changes of control in the week to this day</h3>
      {recent.length === 0 ? <p>None recorded.</p> : null}
      <ul>
        {recent.map((r) => (
          <li key={r.s.place}>
            {dayShort(r.change!.date)}:{' '}
            <button type="button" class="link" onClick={() => selectPlace(state, r.s.place)}>
              {r.name}
            </button>{' '}
            to <SideName side={r.side} /> ({r.change!.confidence} confidence{r.change!.disputed ? ', disputed' : ''};{' '}
            {r.change!.sources.map((x) => x.title).join('; ')})
          </li>
        ))}
      </ul>
      <h3>Disputed or low-confidence ground on this day</h3>
      {uncertain.length === 0 ? <p>None: every settlement's side rests on a sure report or has not changed.</p> : null}
      <ul class="uncertain-ground">
        {uncertain.map((r) => (
          <li key={r.s.place}>
            <button type="button" class="link" onClick={() => selectPlace(state, r.s.place)}>
              {r.name}
            </button>
            : <SideName side={r.side} /> since {dayShort(r.change!.date)},{' '}
            {r.change!.disputed ? `disputed (${r.change!.disputed.note})` : 'low confidence (one partisan outlet, or a day inferred)'}
          </li>
        ))}
      </ul>
      <h3>Events in the week to this day</h3>
      {events.length === 0 ? <p>None in the reports.</p> : null}
      <ul>
        {events.map((e) => (
          <li key={e.properties.id}>
            {dayShort(e.properties.date)}, {e.properties.type}:{' '}
            <button type="button" class="link" onClick={() => selectEvent(state, e.properties.id)}>
              {e.properties.title}
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary>Every settlement the map follows, on this day ({plural(rows.value.length, 'settlement')})</summary>
        <table>
          <caption class="visually-hidden">Side holding each settlement on {dayInWords(day)}</caption>
          <thead>
            <tr>
              <th scope="col">Settlement</th>
              <th scope="col">Held by</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {rows.value.map((r) => (
              <tr key={r.s.place}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => selectPlace(state, r.s.place)}>
                    {r.name}
                  </button>
                </th>
                <td>
                  <SideName side={r.side} />
                </td>
                <td>{r.change ? dayShort(r.change.date) : 'before the period'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
