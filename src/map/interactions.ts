// Pointer interactions with stable handler references (so detach removes exactly them):
// hovering a place highlights it; clicking a place selects it, clicking an event opens its card,
// clicking anywhere else asks who held that point on the selected day.
import type * as maplibregl from 'maplibre-gl';
import { selectEvent, selectPlace } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { CELLS_HIT } from './layers/control.ts';
import { EVENT_ICONS, isShown } from './layers/events.ts';
import { PLACE_CIRCLES, PLACE_LABELS, SETTLEMENT_CIRCLES, SETTLEMENT_LABELS } from './layers/places.ts';
import { POST_ICONS } from './layers/posts.ts';
import { REGION_LABELS } from './layers/regions.ts';

const PLACE_LAYERS = [PLACE_CIRCLES, PLACE_LABELS, SETTLEMENT_CIRCLES, SETTLEMENT_LABELS, REGION_LABELS];
const HIT_PADDING = 6;

function around(p: maplibregl.Point): [maplibregl.PointLike, maplibregl.PointLike] {
  return [
    [p.x - HIT_PADDING, p.y - HIT_PADDING],
    [p.x + HIT_PADDING, p.y + HIT_PADDING],
  ];
}

function present(map: maplibregl.Map, layers: string[]): string[] {
  return layers.filter((id) => map.getLayer(id));
}

export function placeAt(map: maplibregl.Map, point: maplibregl.Point): string | null {
  const hit = map.queryRenderedFeatures(around(point), { layers: present(map, PLACE_LAYERS) })[0];
  return (hit?.properties?.['id'] as string | undefined) ?? null;
}

/** The event or post under the pointer, if any. */
function clickableAt(map: maplibregl.Map, point: maplibregl.Point): maplibregl.MapGeoJSONFeature | undefined {
  // Icons of events on other days are there but transparent: they are not clickable.
  return map.queryRenderedFeatures(around(point), { layers: present(map, [EVENT_ICONS, POST_ICONS]) }).find((f) => f.layer.id !== EVENT_ICONS || isShown(f));
}

export function attachInteractions(map: maplibregl.Map, state: AppState): () => void {
  const onMove = (e: maplibregl.MapMouseEvent) => {
    const place = placeAt(map, e.point);
    const clickable = place ?? clickableAt(map, e.point);
    if (state.hoveredPlace.peek() !== place) state.hoveredPlace.value = place;
    map.getCanvas().style.cursor = clickable ? 'pointer' : '';
  };
  const onLeave = () => {
    state.hoveredPlace.value = null;
    map.getCanvas().style.cursor = '';
  };
  const onClick = (e: maplibregl.MapMouseEvent) => {
    const place = placeAt(map, e.point);
    if (place) {
      selectPlace(state, place);
      return;
    }
    const hit = clickableAt(map, e.point);
    if (hit?.layer.id === EVENT_ICONS) {
      selectEvent(state, hit.properties['id'] as string);
      return;
    }
    if (hit?.layer.id === POST_ICONS && typeof hit.properties['host'] === 'string') {
      selectPlace(state, hit.properties['host']);
      return;
    }
    const [cell] = map.queryRenderedFeatures(e.point, { layers: present(map, [CELLS_HIT]) });
    state.probe.value = { lon: e.lngLat.lng, lat: e.lngLat.lat, place: (cell?.properties?.['place'] as string | undefined) ?? null };
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
