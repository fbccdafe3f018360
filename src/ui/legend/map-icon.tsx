// One of the map's own icons, drawn on a small canvas by the same code that draws it for the map.
import { useEffect, useRef } from 'preact/hooks';
import type { EventType } from '../../data/types.ts';
import { drawIcon, type PostIconName } from '../../map/icons.ts';

export function MapIcon({ icon }: { icon: { event: EventType } | { post: PostIconName } }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const name = 'event' in icon ? icon.event : icon.post;
  useEffect(() => {
    if (canvas.current) drawIcon(canvas.current, icon);
  }, [name]);
  return <canvas ref={canvas} class="map-icon" data-icon={name} aria-hidden="true" />;
}
