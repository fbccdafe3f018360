// Pointer interactions with stable handler references (so detach removes exactly them):
// hovering a place highlights it; a click opens what is under the pointer, in this order: an
// event or post icon right under it, a place, an icon near it, a highway; anywhere else it asks
// who held that point on the selected day. A tapped thing hidden by the panel it opens is
// brought into view.
import type * as maplibregl from 'maplibre-gl';
import { flyTo, hoverPlace, probeAt, select, type Selectable } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { CELLS_HIT } from './layers/control.ts';
import { EVENT_ICONS, isShown } from './layers/events.ts';
import { HIGHWAY_HIT } from './layers/highways.ts';
import { PLACE_CIRCLES, PLACE_LABELS, SETTLEMENT_CIRCLES, SETTLEMENT_LABELS } from './layers/places.ts';
import { POST_ICONS } from './layers/posts.ts';
import { REGION_LABELS } from './layers/regions.ts';

const PLACE_LAYERS = [PLACE_CIRCLES, PLACE_LABELS, SETTLEMENT_CIRCLES, SETTLEMENT_LABELS, REGION_LABELS];
const HIT_PADDING = 6;

function around(p: maplibregl.Point, pad = HIT_PADDING): [maplibregl.PointLike, maplibregl.PointLike] {
  return [
    [p.x - pad, p.y - pad],
    [p.x + pad, p.y + pad],
  ];
}

function present(map: maplibregl.Map, layers: string[]): string[] {
  return layers.filter((id) => map.getLayer(id));
}

export function placeAt(map: maplibregl.Map, point: maplibregl.Point): string | null {
  const hit = map.queryRenderedFeatures(around(point), { layers: present(map, PLACE_LAYERS) })[0];
  return (hit?.properties?.id as string | undefined) ?? null;
}

/** The event or post icon under the pointer (within `pad` pixels), if any. Icons of events on
 * other days (or of types turned off) are there but transparent: they are not clickable. */
function iconAt(map: maplibregl.Map, point: maplibregl.Point, pad: number): maplibregl.MapGeoJSONFeature | undefined {
  return map
    .queryRenderedFeatures(around(point, pad), { layers: present(map, [EVENT_ICONS, POST_ICONS]) })
    .find((f) => f.layer.id !== EVENT_ICONS || isShown(f));
}

interface Hit {
  kind: Selectable;
  id: string;
  at: [number, number] | null;
}

/** What a click at this point opens, if anything. */
export function hitAt(map: maplibregl.Map, point: maplibregl.Point): Hit | null {
  const asHit = (f: maplibregl.MapGeoJSONFeature): Hit => ({
    kind: f.layer.id === EVENT_ICONS ? 'event' : 'post',
    id: f.properties.id as string,
    at: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null,
  });
  // Under the pointer: a post's icon (it stands on its host village), then a place's own marker
  // (event icons are spread around the point, so the point itself opens the place), then an event.
  const icon = iconAt(map, point, 1);
  if (icon?.layer.id === POST_ICONS) return asHit(icon);
  const marker = map.queryRenderedFeatures(around(point, 1), { layers: present(map, [PLACE_CIRCLES, SETTLEMENT_CIRCLES]) })[0];
  if (typeof marker?.properties?.id === 'string') return { kind: 'place', id: marker.properties.id, at: null };
  if (icon) return asHit(icon);
  const place = placeAt(map, point);
  if (place) return { kind: 'place', id: place, at: null };
  const near = iconAt(map, point, HIT_PADDING);
  if (near) return asHit(near);
  const road = map.queryRenderedFeatures(around(point, 2), { layers: present(map, [HIGHWAY_HIT]) })[0];
  if (road) return { kind: 'highway', id: road.properties.id as string, at: null };
  return null;
}

export function attachInteractions(map: maplibregl.Map, state: AppState): () => void {
  const onMove = (e: maplibregl.MapMouseEvent) => {
    const place = placeAt(map, e.point);
    const clickable = place ?? hitAt(map, e.point);
    hoverPlace(state, place);
    map.getCanvas().style.cursor = clickable ? 'pointer' : '';
  };
  const onLeave = () => {
    hoverPlace(state, null);
    map.getCanvas().style.cursor = '';
  };
  const onClick = (e: maplibregl.MapMouseEvent) => {
    const hit = hitAt(map, e.point);
    if (hit) {
      select(state, hit.kind, hit.id);
      // The panel may open over what was clicked (the bottom sheet on a phone): if so, move the
      // map just enough to show it; otherwise the map stays still under the pointer.
      if (hit.kind !== 'highway') flyTo(state, { kind: 'reveal', lon: hit.at?.[0] ?? e.lngLat.lng, lat: hit.at?.[1] ?? e.lngLat.lat });
      return;
    }
    const [cell] = map.queryRenderedFeatures(e.point, { layers: present(map, [CELLS_HIT]) });
    probeAt(state, e.lngLat.lng, e.lngLat.lat, (cell?.properties?.place as string | undefined) ?? null);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
