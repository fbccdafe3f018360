// One of the map's own icons, drawn on a small canvas by the same code that draws it for the map.
import { useEffect, useRef } from 'preact/hooks';
import type { EventType } from '../../core/types.ts';
import { drawIcon, type PostIconName } from '../../graphics/icons.ts';

export function MapIcon({ icon }: { icon: { event: EventType } | { post: PostIconName } }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const name = 'event' in icon ? icon.event : icon.post;
  useEffect(() => {
    if (canvas.current) drawIcon(canvas.current, icon);
  }, [name]);
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing beside its text label; a canvas without tabindex takes no focus
  return <canvas ref={canvas} class="map-icon" data-icon={name} aria-hidden="true" />;
}
