// "Find": a combobox over every place, settlement, region, observation post, highway and event, by
// any of its names. Choosing one opens its panel and moves the map to it, clear of the panel.
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { eventPoint } from '../../data/event-place.ts';
import { select, setDay, showHighway, showPlace, showPoint } from '../../state/actions.ts';
import { useAppState, type AppState } from '../../state/app-state.ts';
import { matchEntries, searchEntries, type EntryMatch, type SearchEntry } from './search-entries.ts';

function show(state: AppState, entry: SearchEntry): void {
  const data = state.data.peek();
  if (!data) return;
  if (entry.kind === 'place') {
    const place = data.placesById.get(entry.id);
    if (place) showPlace(state, place);
  } else if (entry.kind === 'post') {
    const post = data.posts.find((p) => p.properties.id === entry.id);
    if (post) showPoint(state, 'post', entry.id, post.geometry.coordinates as [number, number]);
  } else if (entry.kind === 'highway') showHighway(state, entry.id);
  else {
    const event = data.events.find((e) => e.properties.id === entry.id);
    if (!event) return;
    // An event is drawn on its day: go there first.
    setDay(state, event.properties.date);
    const at = eventPoint(event);
    if (at) showPoint(state, 'event', entry.id, at);
    else select(state, 'event', entry.id);
  }
}

export function PlaceSearch() {
  const state = useAppState();
  const query = useSignal('');
  const active = useSignal(0);
  const open = useSignal(false);
  const data = state.data.value;
  const entries = useMemo(() => (data ? searchEntries(data) : []), [data]);
  const matches: EntryMatch[] = open.value ? matchEntries(entries, query.value) : [];
  const noMatch = open.value && data !== null && query.value.trim() !== '' && matches.length === 0;

  const choose = (m: EntryMatch) => {
    show(state, m.entry);
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
        // biome-ignore lint/a11y/noRedundantRoles: a search input without a list is a searchbox; the ARIA combobox pattern needs the role
        role="combobox"
        list={undefined}
        aria-label="Find a place, post, highway or event"
        aria-expanded={matches.length > 0}
        aria-controls="place-search-results"
        aria-activedescendant={matches.length ? `place-option-${active.value}` : undefined}
        aria-autocomplete="list"
        aria-describedby={noMatch ? 'place-search-none' : undefined}
        placeholder="Find a place, post, M4…"
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
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA listbox of a combobox, driven by aria-activedescendant
        <ul id="place-search-results" role="listbox" aria-label="Matches">
          {matches.map((m, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox stay out of the tab order
            <li
              key={`${m.entry.kind}:${m.entry.id}`}
              id={`place-option-${i}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the options of the listbox above
              role="option"
              aria-selected={i === active.value}
              data-kind={m.entry.kind}
              data-id={m.entry.id}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
            >
              <span class="option-text">
                <span class="option-name">{m.entry.name}</span>
                {m.via ? <span class="option-via"> ({m.via})</span> : null}
                <span class="option-what"> · {m.entry.what}</span>
              </span>
              {m.entry.nameAr ? (
                <span class="option-ar" lang="ar" dir="rtl">
                  {m.entry.nameAr}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {noMatch ? (
        <p id="place-search-none" class="search-none" role="status">
          No match for “{query.value.trim()}”.
        </p>
      ) : null}
    </div>
  );
}
