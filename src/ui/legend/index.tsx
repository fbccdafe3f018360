// The key to the map: each entry drawn with the map's own values (colours and opacities from
// theme.ts, icons from icons.ts), so the legend cannot drift from what the map draws. It folds on
// every size, and starts folded where it would cover much of the map (phones, small windows).
import { useSignal } from '@preact/signals';
import { SIDES, EVENT_TYPES } from '../../core/types.ts';
import {
  BASEMAP,
  CONTROL_FILL_OPACITY,
  CORRIDOR,
  FLASH,
  FRONT_LINE,
  HIGHWAY,
  SETTLEMENT_DOT,
  SIDE_COLOURS,
  SIDE_LABELS,
  UNCERTAIN,
} from '../../core/theme.ts';
import { useAppState } from '../../state/app-state.ts';
import { CEASEFIRE_DAY } from '../../core/period.ts';
import { MapIcon } from './map-icon.tsx';
import { CRAMPED_MEDIA } from '../../core/theme.ts';

/** Where the open legend would cover more of the map than it explains. */
export const FOLDED_AT_START = CRAMPED_MEDIA;

const EVENT_WORDS: Record<(typeof EVENT_TYPES)[number], string> = {
  airstrike: 'Air or artillery strike',
  clash: 'Clash',
  capture: 'Capture',
  casualties: 'Casualties',
  diplomacy: 'Diplomacy',
  displacement: 'Displacement',
};

/** A fill as the map paints it: the colour at its opacity over the land. */
function Fill({ colour, opacity, hatched = false, kind }: { colour: string; opacity: number; hatched?: boolean; kind?: string }) {
  return (
    <span class={`swatch fill-swatch ${kind ?? ''}`} style={{ background: BASEMAP.land }} aria-hidden="true">
      <span class="fill" style={{ background: colour, opacity }} />
      {hatched ? (
        <span
          class="hatch"
          style={{
            backgroundImage: `repeating-linear-gradient(135deg, ${UNCERTAIN.hatch} 0 1.1px, transparent 1.1px 5.66px)`,
            opacity: UNCERTAIN.hatchOpacity,
          }}
        />
      ) : null}
    </span>
  );
}

/** A settlement's dot as the map draws it, on the ground colour so a hollow ring shows as one. */
function Dot({ approximate }: { approximate: boolean }) {
  const r = approximate ? SETTLEMENT_DOT.approximateRadius : SETTLEMENT_DOT.radius;
  const ring = approximate ? SETTLEMENT_DOT.approximateRingWidth : SETTLEMENT_DOT.ringWidth;
  return (
    <span class="swatch dot-swatch" style={{ background: BASEMAP.land }} aria-hidden="true">
      <span class="fill" style={{ background: SIDE_COLOURS.government, opacity: CONTROL_FILL_OPACITY }} />
      <span
        class="dot"
        style={{
          width: `${2 * r}px`,
          height: `${2 * r}px`,
          background: approximate ? 'transparent' : SETTLEMENT_DOT.fill,
          border: `${ring}px solid ${approximate ? SETTLEMENT_DOT.approximateInk : SETTLEMENT_DOT.ink}`,
        }}
      />
    </span>
  );
}

export function Legend() {
  const state = useAppState();
  const open = useSignal(typeof window === 'undefined' || !window.matchMedia(FOLDED_AT_START).matches);
  const afterCeasefire = state.day.value >= CEASEFIRE_DAY;
  return (
    <section class={open.value ? 'legend legend-open' : 'legend'} aria-label="Legend">
      <button
        type="button"
        class="legend-toggle"
        aria-expanded={open.value}
        aria-controls="legend-body"
        onClick={() => (open.value = !open.value)}
      >
        Legend
      </button>
      <div id="legend-body" class="legend-body" hidden={!open.value}>
        <ul aria-label="Who held the ground">
          {SIDES.map((side) => (
            <li key={side} data-side={side}>
              <Fill colour={SIDE_COLOURS[side]} opacity={CONTROL_FILL_OPACITY} /> {SIDE_LABELS[side]}
            </li>
          ))}
          <li data-entry="disputed">
            <Fill colour={SIDE_COLOURS.opposition} opacity={CONTROL_FILL_OPACITY * UNCERTAIN.fillShare} hatched /> Disputed, or known from
            one partisan source only: lighter and hatched
          </li>
          <li data-entry="front">
            <span class="swatch line-swatch" style={{ background: FRONT_LINE.colour, opacity: FRONT_LINE.opacity }} aria-hidden="true" />{' '}
            Front line: where two sides meet on the day
          </li>
          <li data-entry="changed">
            <Fill colour={FLASH.colour} opacity={FLASH.opacity} /> Changed hands since the day shown before
          </li>
          {state.since.value ? (
            <li data-entry="gained">
              <span class="swatch gained" aria-hidden="true" /> Changed hands since the compared date (colour of the side that gained it)
            </li>
          ) : null}
          {afterCeasefire ? (
            <li data-entry="corridor">
              <Fill colour={CORRIDOR.colour} opacity={CORRIDOR.fillOpacity} kind="dashed-edge" /> M4 security corridor (6 km each side, from
              6 March)
            </li>
          ) : null}
          <li data-entry="highway">
            <span class="swatch road-swatch" style={{ background: HIGHWAY.colour, borderColor: HIGHWAY.casing }} aria-hidden="true" /> M4
            and M5 highways
          </li>
          <li data-entry="settlement">
            <Dot approximate={false} /> Village of the control model (from zoom 9)
          </li>
          <li data-entry="settlement-approximate">
            <Dot approximate /> Village placed from a description, {SETTLEMENT_DOT.approximateFromM / 1000} km or more uncertain
          </li>
          <li data-entry="post">
            <MapIcon icon={{ post: 'op-manned' }} /> Turkish observation post
          </li>
          <li data-entry="post-surrounded">
            <span class="icon-stack" aria-hidden="true">
              <MapIcon icon={{ post: 'op-ring' }} />
              <MapIcon icon={{ post: 'op-manned' }} />
            </span>{' '}
            Observation post, surrounded
          </li>
        </ul>
        <ul class="legend-events" aria-label="Events (shown for a week after their day)">
          {EVENT_TYPES.map((t) => (
            <li key={t} data-event={t}>
              <MapIcon icon={{ event: t }} /> {EVENT_WORDS[t]}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
