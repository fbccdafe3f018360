import type { Side } from '../core/types.ts';
import { SIDE_COLOURS, SIDE_SHORT } from '../core/theme.ts';

/** A side's name with its map colour as a swatch (the colour is never the only cue). */
export function SideName({ side }: { side: Side }) {
  return (
    <span class={`side side-${side}`}>
      <span class="swatch" style={{ background: SIDE_COLOURS[side] }} aria-hidden="true" />
      {SIDE_SHORT[side]}
    </span>
  );
}
