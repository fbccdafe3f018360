// The text view's figures: ground held by each side (the day, and every day as a table), the front
// line's length on the day, and the comparison with a second date.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ensureTerritory, loadFront, type FrontCollection } from '../../data/lazy-data.ts';
import { SIDES } from '../../core/types.ts';
import { SIDE_SHORT } from '../../core/theme.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayShort } from '../../core/days.ts';
import { CompareSummary } from '../compare/compare-summary.tsx';
import { km2, useComparison } from '../compare/use-comparison.ts';
import { SideName } from '../side-name.tsx';

export function TerritorySection() {
  const state = useAppState();
  useEffect(() => ensureTerritory(state), [state]);
  const rows = state.territory.value;
  const day = state.day.value;
  if (!rows) return <p>Loading the areas held…</p>;
  const today = rows.find((r) => r.date === day);
  return (
    <>
      <h3>Ground held on this day</h3>
      {today ? (
        <ul class="territory-today">
          {SIDES.map((s) => (
            <li key={s} data-side={s}>
              <SideName side={s} />: {km2(today[s])}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="note">Land within the study area, from the control areas of the model (geodesic km²).</p>
      <details>
        <summary>Ground held by each side, every day ({rows.length} days)</summary>
        <table class="territory-table">
          <caption class="visually-hidden">Square kilometres held by each side on each day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {SIDES.map((s) => (
                <th scope="col" key={s}>
                  {SIDE_SHORT[s]} (km²)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date} class={r.date === day ? 'current' : undefined}>
                <th scope="row">{dayShort(r.date)}</th>
                {SIDES.map((s) => (
                  <td key={s}>{Math.round(r[s]).toLocaleString('en-GB')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

export function FrontSection() {
  const state = useAppState();
  const front = useSignal<FrontCollection | null>(null);
  useEffect(() => {
    loadFront().then(
      (f) => (front.value = f),
      (err: unknown) => console.warn(err),
    );
  }, [front]);
  const day = state.day.value;
  if (!front.value) return null;
  // Longest first: the government–opposition front leads.
  const lines = front.value.features
    .filter((f) => f.properties.from <= day && (f.properties.to === null || day < f.properties.to))
    .sort((a, b) => b.properties.length_km - a.properties.length_km);
  return (
    <>
      <h3>Front lines on this day</h3>
      <ul class="front-today">
        {lines.map((f) => (
          <li key={f.properties.sides.join('|')}>
            <SideName side={f.properties.sides[0]} /> / <SideName side={f.properties.sides[1]} />:{' '}
            {f.properties.length_km.toLocaleString('en-GB')} km
          </li>
        ))}
      </ul>
    </>
  );
}

export function CompareSection() {
  const comparison = useComparison();
  if (!comparison) return null;
  return <CompareSummary comparison={comparison} />;
}
