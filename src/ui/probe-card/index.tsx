// "Who held this point?": the answer to a click on the map, as text, for the selected day.
import { holdingOn } from '../../core/control-history.ts';
import { closeProbe, selectPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, dayShort } from '../../core/days.ts';
import { FIRST_DAY } from '../../core/period.ts';
import { SideName } from '../side-name.tsx';
import { SourceList } from '../sources/index.tsx';

export function ProbeCard() {
  const state = useAppState();
  const probe = state.probe.value;
  const data = state.data.value;
  if (!probe || !data) return null;
  const day = state.day.value;
  const where = `${probe.lat.toFixed(4)}° N, ${probe.lon.toFixed(4)}° E`;
  const facts = probe.place ? data.factsByPlace.get(probe.place) : undefined;
  const anchor = probe.place ? data.placesById.get(probe.place) : undefined;
  const close = (
    <button type="button" class="close" aria-label="Close" onClick={() => closeProbe(state)}>
      ×
    </button>
  );
  if (!facts || !anchor) {
    return (
      <aside class="probe-card" aria-live="polite" aria-label="Who held this point">
        {close}
        <p>{where}: outside the area whose control this map follows.</p>
      </aside>
    );
  }
  const { side, change } = holdingOn(facts, day);
  return (
    <aside class="probe-card" aria-live="polite" aria-label="Who held this point" data-side={side}>
      {close}
      <p class="probe-answer">
        On {dayInWords(day)}, <SideName side={side} /> held this point ({where}).
      </p>
      <p>
        Nearest settlement the map follows:{' '}
        <button type="button" class="link" onClick={() => selectPlace(state, anchor.properties.id)}>
          {anchor.properties.name}
        </button>
        , held{' '}
        {change
          ? `since ${dayShort(change.date)} (${change.confidence} confidence${change.alt_date ? `; other sources: ${dayShort(change.alt_date)}` : ''})`
          : `since before ${dayShort(FIRST_DAY)}`}
        .
      </p>
      <details>
        <summary>Source of {change ? 'that change' : 'the starting side'}</summary>
        {change?.note ? <p class="note">{change.note}</p> : null}
        <SourceList sources={change ? change.sources : facts.initial_sources} />
      </details>
    </aside>
  );
}
