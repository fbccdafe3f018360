// The panel of a Turkish observation post: its number and names, host village, when it was set up
// and surrounded (and by whom), who held the ground around it on the selected day, the events and
// report sentences about it, and its sources.
import { holdingOn } from '../../core/control-history.ts';
import type { SettlementControl, Side } from '../../core/types.ts';
import { anchorsOf } from '../../data/derived.ts';
import { nearestAnchor } from '../../data/nearest-settlement.ts';
import { postEvents, postExcerpts } from '../../data/post-mentions.ts';
import { select, showPlace } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { dayInWords, dayShort } from '../../core/days.ts';
import { FIRST_DAY } from '../../core/period.ts';
import { PlaceEvents } from '../place-panel/place-events.tsx';
import { PlaceExcerpts } from '../place-panel/place-excerpts.tsx';
import { SideName } from '../side-name.tsx';
import { SourceList } from '../sources/index.tsx';
import { formatDistance } from '../../core/format-distance.ts';

export function PostPanel() {
  const state = useAppState();
  const data = state.data.value;
  const post = data?.posts.find((p) => p.properties.id === state.selectedPost.value);
  if (!data || !post) return null;
  const p = post.properties;
  const day = state.day.value;
  const at = post.geometry.coordinates as [number, number];
  const host = p.host ? data.placesById.get(p.host) : undefined;
  const anchor = nearestAnchor(anchorsOf(data), at);
  const facts = anchor ? data.factsByPlace.get(anchor.id) : undefined;
  const anchorPlace = anchor ? data.placesById.get(anchor.id) : undefined;
  const holding = facts ? holdingOn(facts, day) : null;
  const encircler = facts && p.surrounded ? encirclingSide(facts, p.surrounded) : null;
  const surroundedYet = p.surrounded !== null && p.surrounded <= day;
  return (
    <section class="panel-body post-panel" aria-labelledby="post-title" data-post={p.id}>
      <header class="panel-header">
        <div>
          <p class="kind">Turkish observation post {p.number}</p>
          <h2 id="post-title">{p.name}</h2>
          {p.name_ar ? (
            <p class="name-ar" lang="ar" dir="rtl">
              {p.name_ar}
            </p>
          ) : null}
        </div>
        <button type="button" class="close" aria-label="Close the post panel" onClick={() => select(state, 'post', null)}>
          ×
        </button>
      </header>
      <dl class="facts">
        <dt>Host village</dt>
        <dd>
          {host ? (
            <button type="button" class="link" onClick={() => showPlace(state, host)}>
              {host.properties.name}
            </button>
          ) : (
            'none on the map (the point is an estimate; see the note below)'
          )}
        </dd>
        <dt>Established</dt>
        <dd>{dayInWords(p.established)}</dd>
        <dt>Surrounded</dt>
        <dd>
          {p.surrounded ? (
            <>
              {dayInWords(p.surrounded)}
              {encircler ? (
                <>
                  , by <SideName side={encircler} />
                </>
              ) : null}
              {surroundedYet ? '' : ' (after the day shown)'}
            </>
          ) : (
            'not by 6 March 2020'
          )}
        </dd>
      </dl>
      {holding && anchorPlace ? (
        <p class="held-by" data-side={holding.side}>
          On {dayInWords(day)}, the ground around the post was held by <SideName side={holding.side} /> (the cell of{' '}
          {anchorPlace.properties.name}, {holding.change ? `since ${dayShort(holding.change.date)}` : `since before ${dayShort(FIRST_DAY)}`}
          ).
        </p>
      ) : null}
      <PlaceEvents placeId={p.id} list={postEvents(post, host, data.events)} />
      <PlaceExcerpts placeId={p.id} placeName={`observation post ${p.number}`} list={postExcerpts(post, host, data.articles)} />
      <details class="about-place">
        <summary>Location and sources</summary>
        <p>
          {at[1].toFixed(4)}° N, {at[0].toFixed(4)}° E, to within about {formatDistance(p.precision_m)}.
        </p>
        {p.note ? <p class="note">{p.note}</p> : null}
        <SourceList sources={p.sources} />
      </details>
    </section>
  );
}

/**
 * Who closed the ring: the side other than the opposition (whose ground the posts stood in) that
 * held the post's surroundings on the day, or that took them next (the cell's settlement often
 * fell a day after the ring closed). Null when the control model does not say.
 */
function encirclingSide(facts: SettlementControl, day: string): Side | null {
  const then = holdingOn(facts, day).side;
  if (then !== 'opposition') return then;
  return facts.changes.find((c) => c.date > day && c.side !== 'opposition')?.side ?? null;
}
