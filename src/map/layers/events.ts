// Events of the reports as icons by type on their day, fading over the following week. The icons
// are loaded once; a day step sets each affected icon's opacity as feature state.
import { effect } from '@preact/signals';
import { dayNumber } from '../../time/days.ts';
import { eventIconName, addEventIcons } from '../icons.ts';
import { EVENT_TYPES, type EventFeature } from '../../data/types.ts';
import { matchProperty } from '../expressions.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';
import type * as maplibregl from 'maplibre-gl';
import type { Point } from 'geojson';

export const EVENT_ICONS = 'event-icon';
export const EVENTS_SOURCE = 'events';
export const FADE_DAYS = 7;

/** How opaque an event's icon is on a day: shown from its day for a week, fading; 0 outside. */
export function eventOpacity(eventDay: number, day: number): number {
  const age = day - eventDay;
  return age >= 0 && age < FADE_DAYS ? 1 - age / (FADE_DAYS + 1) : 0;
}

/** A queried event icon counts only while it is shown on the day. */
export function isShown(feature: maplibregl.MapGeoJSONFeature): boolean {
  return Number(feature.state?.['opacity'] ?? 0) > 0;
}

export const attachEvents: AttachLayer = (map, data, state) => {
  addEventIcons(map);
  // Events without a precise place have no geometry: they are listed, not drawn.
  const located = data.events.filter((f): f is EventFeature & { geometry: Point } => f.geometry !== null);
  const features = located.map((f) => ({ ...f, properties: { ...f.properties, day_n: dayNumber(f.properties.date) } }));
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
      'icon-offset': [10, -10],
      'symbol-sort-key': ['get', 'day_n'],
    },
    paint: { 'icon-opacity': ['coalesce', ['feature-state', 'opacity'], 0] },
  });
  const opacity = new Map<string, number>();
  const days = new Map(located.map((f: EventFeature) => [f.properties.id, dayNumber(f.properties.date)]));
  const stop = effect(() => {
    const day = dayNumber(state.day.value);
    for (const [id, eventDay] of days) {
      const next = eventOpacity(eventDay, day);
      if ((opacity.get(id) ?? 0) === next) continue;
      opacity.set(id, next);
      map.setFeatureState({ source: EVENTS_SOURCE, id }, { opacity: next });
    }
  });
  return () => {
    stop();
    removeAll(map, [EVENT_ICONS], [EVENTS_SOURCE]);
  };
};
