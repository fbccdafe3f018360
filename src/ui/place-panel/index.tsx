// The panel for a selected place: names, kind, who held it on the selected day and its control
// history, then what the reports said about it.
import { selectPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { SETTLEMENT_DOT } from '../../core/theme.ts';
import { SourceList } from '../sources/index.tsx';
import { ControlHistory } from './control-history.tsx';
import { CoordinateCheck } from './coordinate-check.tsx';
import { PlaceExcerpts } from './place-excerpts.tsx';
import { PlaceEvents } from './place-events.tsx';
import { formatDistance } from '../../core/format-distance.ts';

const KIND_WORDS: Record<string, string> = {
  city: 'City',
  town: 'Town',
  village: 'Village',
  hill: 'Hill',
  base: 'Military base',
  capital: 'Capital city',
  island: 'Island',
  province: 'Province',
  region: 'Region',
};

export function PlacePanel() {
  const state = useAppState();
  const place = state.place.value;
  if (!place) return null;
  const p = place.properties;
  const [lon, lat] = place.geometry.coordinates as [number, number];
  return (
    <section class="panel-body place-panel" aria-labelledby="place-title" data-place={p.id}>
      <header class="panel-header">
        <div>
          <h2 id="place-title">{p.name}</h2>
          {p.name_ar ? (
            <p class="name-ar" lang="ar" dir="rtl">
              {p.name_ar}
            </p>
          ) : null}
          <p class="kind">
            {KIND_WORDS[p.kind] ?? p.kind}
            {p.layer === 'settlement' ? ' · a settlement whose control the map follows' : ''}
            {p.layer === 'settlement' && p.precision_m >= SETTLEMENT_DOT.approximateFromM
              ? ` · position approximate (±${formatDistance(p.precision_m)}, see "Location and sources")`
              : ''}
          </p>
        </div>
        <button type="button" class="close" aria-label="Close the place panel" onClick={() => selectPlace(state, null)}>
          ×
        </button>
      </header>
      <ControlHistory placeId={p.id} />
      <PlaceExcerpts placeId={p.id} placeName={p.name} />
      <PlaceEvents placeId={p.id} />
      <details class="about-place">
        <summary>Location and sources</summary>
        <p>
          {lat.toFixed(4)}° N, {lon.toFixed(4)}° E, to within about {formatDistance(p.precision_m)}.
          {p.aliases.length > 0 ? ` Also written: ${p.aliases.filter((a) => a !== p.name).join(', ')}.` : ''}
        </p>
        <CoordinateCheck place={p} />
        {p.note ? <p class="note">{p.note}</p> : null}
        <SourceList sources={p.sources} label="Sources for the location" />
      </details>
    </section>
  );
}
