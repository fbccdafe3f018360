// The panel of a highway (M4, M5): its route and the towns it serves, how many kilometres of it
// each side held on the selected day, the M4 security corridor from the ceasefire, and sources.
import { derivedKmBySide as derivedKm } from '../../data/derived.ts';
import { select, showPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords } from '../../core/days.ts';
import { CEASEFIRE_DAY } from '../../core/period.ts';
import { SideName } from '../side-name.tsx';
import { SourceList } from '../sources/index.tsx';

export function HighwayPanel() {
  const state = useAppState();
  const data = state.data.value;
  const line = data?.highways.find((h) => h.properties.id === state.selectedHighway.value);
  if (!data || !line) return null;
  const h = line.properties;
  const day = state.day.value;
  const { total, bySide } = derivedKm(data, h.id, day);
  const towns = h.serves.flatMap((id) => {
    const place = data.placesById.get(id);
    return place ? [place] : [];
  });
  return (
    <section class="panel-body highway-panel" aria-labelledby="highway-title" data-highway={h.id}>
      <header class="panel-header">
        <div>
          <p class="kind">Highway</p>
          <h2 id="highway-title">{h.name}</h2>
        </div>
        <button type="button" class="close" aria-label="Close the highway panel" onClick={() => select(state, 'highway', null)}>
          ×
        </button>
      </header>
      <h3>Route</h3>
      <p>
        About {Math.round(total)} km as drawn, through:{' '}
        {towns.map((t, i) => (
          <span key={t.properties.id}>
            {i > 0 ? ' – ' : ''}
            <button type="button" class="link" onClick={() => showPlace(state, t)}>
              {t.properties.name}
            </button>
          </span>
        ))}
      </p>
      <h3>Who held it on {dayInWords(day)}</h3>
      <ul class="km-by-side" aria-label="Kilometres held by each side">
        {bySide.map(({ side, km }) => (
          <li key={side} data-side={side}>
            <SideName side={side} />: {Math.round(km)} km ({Math.round((km / total) * 100)}%)
          </li>
        ))}
      </ul>
      <p class="note">
        Each stretch is counted for the side that held the nearest settlement of the control model, as the map's areas are drawn.
      </p>
      {h.ref === 'M4' ? (
        <>
          <h3>The security corridor</h3>
          <p>
            Under the Moscow protocol of 5 March 2020, from {dayInWords(CEASEFIRE_DAY)} a security corridor runs 6 km either side of the M4,
            to be patrolled jointly by Russia and Turkey. {day >= CEASEFIRE_DAY ? 'The map shades it.' : 'The map shades it from that day.'}
          </p>
        </>
      ) : null}
      <details class="about-place">
        <summary>How it is drawn, and sources</summary>
        {h.note ? <p class="note">{h.note}</p> : null}
        <SourceList sources={h.sources} />
      </details>
    </section>
  );
}
