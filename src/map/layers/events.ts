// Events of the reports as icons by type on their day, fading over the following week.
import type { ExpressionSpecification } from 'maplibre-gl';
import { dayNumber } from '../../time/days.ts';
import { eventIconName, addEventIcons } from '../icons.ts';
import { EVENT_TYPES } from '../../data/types.ts';
import { matchProperty } from '../expressions.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const EVENT_ICONS = 'event-icon';
export const FADE_DAYS = 7;

const age: ExpressionSpecification = ['-', ['global-state', 'dayN'], ['get', 'day_n']];

export const attachEvents: AttachLayer = (map, data) => {
  addEventIcons(map);
  // An event placed nowhere precise (geometry null) is listed in the day's list, not drawn.
  const features = data.events.flatMap((f) => (f.geometry ? [{ ...f, geometry: f.geometry, properties: { ...f.properties, day_n: dayNumber(f.properties.date) } }] : []));
  map.addSource('events', { type: 'geojson', data: { type: 'FeatureCollection', features }, promoteId: 'id' });
  map.addLayer({
    id: EVENT_ICONS,
    type: 'symbol',
    source: 'events',
    filter: ['all', ['>=', age, 0], ['<', age, FADE_DAYS]],
    layout: {
      'icon-image': matchProperty('type', Object.fromEntries(EVENT_TYPES.map((t) => [t, eventIconName(t)])), eventIconName('clash')),
      'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 11, 1.1],
      'icon-allow-overlap': true,
      'icon-offset': [10, -10],
      'symbol-sort-key': ['get', 'day_n'],
    },
    // Shown from its day for a week, fading.
    paint: { 'icon-opacity': ['-', 1, ['/', age, FADE_DAYS + 1]] },
  });
  return () => removeAll(map, [EVENT_ICONS], ['events']);
};
