// "Find a place": a combobox over every place, settlement and region, by any of its names.
import { useSignal } from '@preact/signals';
import type { TargetedKeyboardEvent } from 'preact';
import { showPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { matchPlaces, type PlaceMatch } from './match-places.ts';

export function PlaceSearch() {
  const state = useAppState();
  const query = useSignal('');
  const active = useSignal(0);
  const open = useSignal(false);
  const data = state.data.value;
  const matches: PlaceMatch[] = data && open.value ? matchPlaces(data.placesById.values(), query.value) : [];

  const choose = (m: PlaceMatch) => {
    showPlace(state, m.place);
    query.value = '';
    open.value = false;
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (matches.length === 0) return;
      active.value = (active.value + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
    } else if (e.key === 'Enter' && matches[active.value]) {
      choose(matches[active.value]!);
    } else if (e.key === 'Escape') {
      open.value = false;
    } else return;
    e.preventDefault();
  };

  return (
    <div class="place-search">
      <input
        type="search"
        role="combobox"
        list={undefined}
        aria-label="Find a place"
        aria-expanded={matches.length > 0}
        aria-controls="place-search-results"
        aria-activedescendant={matches.length ? `place-option-${active.value}` : undefined}
        aria-autocomplete="list"
        placeholder="Find a place…"
        value={query.value}
        onInput={(e) => {
          query.value = e.currentTarget.value;
          active.value = 0;
          open.value = true;
        }}
        onKeyDown={onKeyDown}
        onBlur={() => (open.value = false)}
      />
      {matches.length > 0 ? (
        <ul id="place-search-results" role="listbox" aria-label="Places">
          {matches.map((m, i) => (
            <li
              key={m.place.properties.id}
              id={`place-option-${i}`}
              role="option"
              aria-selected={i === active.value}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
            >
              <span class="option-name">{m.place.properties.name}</span>
              {m.place.properties.name_ar ? (
                <span class="option-ar" lang="ar" dir="rtl">
                  {m.place.properties.name_ar}
                </span>
              ) : null}
              {m.via ? <span class="option-via"> ({m.via})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
