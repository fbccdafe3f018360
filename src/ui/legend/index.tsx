// The key to the map. Side colours are from a colour-blind-safe palette, and every side is also
// named in words wherever it appears in the text.
import { useAppState } from '../../state/app-state.ts';
import { SIDES, EVENT_TYPES } from '../../data/types.ts';
import { EVENT_COLOURS } from '../../map/icons.ts';
import { SIDE_COLOURS, SIDE_LABELS } from '../../map/theme.ts';
import { CEASEFIRE_DAY } from '../../time/period.ts';

/** Open on wide screens; on a phone it would cover a third of the map, so it starts folded. */
const OPEN_AT_START = typeof window === 'undefined' || !window.matchMedia('(max-width: 760px)').matches;

export function Legend() {
  const state = useAppState();
  return (
    <details class="legend" open={OPEN_AT_START}>
      <summary>Legend</summary>
      <ul aria-label="Sides">
        {SIDES.map((side) => (
          <li key={side}>
            <span class="swatch" style={{ background: SIDE_COLOURS[side], opacity: 0.75 }} aria-hidden="true" /> {SIDE_LABELS[side]}
          </li>
        ))}
        <li>
          <span class="swatch" style={{ background: '#ffd400' }} aria-hidden="true" /> Changed hands since the day shown before
        </li>
        {state.day.value >= CEASEFIRE_DAY ? (
          <li>
            <span class="swatch hatched" aria-hidden="true" /> M4 security corridor (6 km each side, from 6 March)
          </li>
        ) : null}
        <li>
          <span class="swatch front" aria-hidden="true" /> Front line (where two sides' ground meets)
        </li>
        {state.since.value ? (
          <li>
            <span class="swatch gained" aria-hidden="true" /> Changed hands since the compared date (colour of the side that gained it)
          </li>
        ) : null}
        <li>
          <span class="swatch line" aria-hidden="true" /> M4 / M5 highways
        </li>
        <li>
          <span class="icon-op" aria-hidden="true" /> Turkish observation post; <span class="icon-op surrounded" aria-hidden="true" /> surrounded
        </li>
      </ul>
      <ul class="legend-events" aria-label="Events (shown for a week after their day)">
        {EVENT_TYPES.map((t) => (
          <li key={t}>
            <span class="swatch round" style={{ background: EVENT_COLOURS[t] }} aria-hidden="true" /> {t}
          </li>
        ))}
      </ul>
    </details>
  );
}
