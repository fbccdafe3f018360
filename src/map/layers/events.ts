// Events of the reports as icons by type on their day, fading over the following week. The icons
// are loaded once; a day step sets each affected icon's opacity as feature state. Events at the
// same point are spread around it (offsets computed once, as properties) so each can be clicked;
// events with no precise place are not drawn (the day's list shows them); types the reader turned
// off are hidden by a feature state too.
import { effect } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import { eventPoint, spreadOffsets } from '../../data/event-place.ts';
import { EVENT_TYPES } from '../../core/types.ts';
import { dayNumber } from '../../core/days.ts';
import { matchProperty } from '../expressions.ts';
import { addEventIcons, eventIconName } from '../../graphics/icons.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const EVENT_ICONS = 'event-icon';
export const EVENTS_SOURCE = 'events';
export const FADE_DAYS = 7;

/** How opaque an event's icon is on a day: shown from its day for a week, fading; 0 outside. */
export function eventOpacity(eventDay: number, day: number): number {
  const age = day - eventDay;
  return age >= 0 && age < FADE_DAYS ? 1 - age / (FADE_DAYS + 1) : 0;
}

/** A queried event icon counts only while it is shown on the day and its type is not turned off. */
export function isShown(feature: maplibregl.MapGeoJSONFeature): boolean {
  return Number(feature.state?.opacity ?? 0) > 0 && feature.state?.hidden !== true;
}

const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

export const attachEvents: AttachLayer = (map, data, state) => {
  addEventIcons(map);
  const placed = data.events.flatMap((f) => {
    const at = eventPoint(f);
    return at ? [{ f, at }] : [];
  });
  const offsets = spreadOffsets(placed.map(({ f, at }) => ({ id: f.properties.id, at })));
  const features = placed.map(({ f, at }) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: at },
    properties: { ...f.properties, day_n: dayNumber(f.properties.date), offset: offsets.get(f.properties.id) },
  }));
  map.addSource(EVENTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features }, promoteId: 'id' });
  map.addLayer({
    id: EVENT_ICONS,
    type: 'symbol',
    source: EVENTS_SOURCE,
    layout: {
      'icon-image': matchProperty('type', Object.fromEntries(EVENT_TYPES.map((t) => [t, eventIconName(t)])), eventIconName('clash')),
      'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 11, 1.1],
      'icon-allow-overlap': true,
      // Icons of other days are present but transparent: they must not push labels aside.
      'icon-ignore-placement': true,
      'icon-offset': ['get', 'offset'],
      'symbol-sort-key': ['get', 'day_n'],
    },
    paint: { 'icon-opacity': ['case', hidden, 0, ['coalesce', ['feature-state', 'opacity'], 0]] },
  });
  const opacity = new Map<string, number>();
  const days = new Map(features.map((f) => [f.properties.id, f.properties.day_n]));
  const stop = effect(() => {
    const day = dayNumber(state.day.value);
    for (const [id, eventDay] of days) {
      const next = eventOpacity(eventDay, day);
      if ((opacity.get(id) ?? 0) === next) continue;
      opacity.set(id, next);
      map.setFeatureState({ source: EVENTS_SOURCE, id }, { opacity: next });
    }
  });
  let hiddenIds: string[] = [];
  const stopHidden = effect(() => {
    const off = state.hiddenEventTypes.value;
    const next = features.filter((f) => off.includes(f.properties.type)).map((f) => f.properties.id);
    for (const id of hiddenIds) if (!next.includes(id)) map.setFeatureState({ source: EVENTS_SOURCE, id }, { hidden: false });
    for (const id of next) if (!hiddenIds.includes(id)) map.setFeatureState({ source: EVENTS_SOURCE, id }, { hidden: true });
    hiddenIds = next;
  });
  return () => {
    stop();
    stopHidden();
    removeAll(map, [EVENT_ICONS], [EVENTS_SOURCE]);
  };
};
