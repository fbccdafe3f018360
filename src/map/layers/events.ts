// Events of the reports as icons by type on their day, fading over the following week. Events at
// the same point are spread around it (offsets computed once, as properties) so each can be
// clicked; events with no precise place are not drawn (the day's list shows them). Types the
// reader turned off are hidden by a feature state.
import { effect } from '@preact/signals';
import type { ExpressionSpecification } from 'maplibre-gl';
import { eventPoint, spreadOffsets } from '../../data/event-place.ts';
import { dayNumber } from '../../time/days.ts';
import { eventIconName, addEventIcons } from '../icons.ts';
import { EVENT_TYPES } from '../../data/types.ts';
import { matchProperty } from '../expressions.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const EVENT_ICONS = 'event-icon';
export const FADE_DAYS = 7;

const age: ExpressionSpecification = ['-', ['global-state', 'dayN'], ['get', 'day_n']];

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
      'icon-offset': ['get', 'offset'],
      'symbol-sort-key': ['get', 'day_n'],
    },
    // Shown from its day for a week, fading.
    paint: { 'icon-opacity': ['case', hidden, 0, ['-', 1, ['/', age, FADE_DAYS + 1]]] },
  });
  let hiddenIds: string[] = [];
  const stopHidden = effect(() => {
    const off = state.hiddenEventTypes.value;
    const next = features.filter((f) => off.includes(f.properties.type)).map((f) => f.properties.id);
    for (const id of hiddenIds) if (!next.includes(id)) map.setFeatureState({ source: 'events', id }, { hidden: false });
    for (const id of next) if (!hiddenIds.includes(id)) map.setFeatureState({ source: 'events', id }, { hidden: true });
    hiddenIds = next;
  });
  return () => {
    stopHidden();
    removeAll(map, [EVENT_ICONS], ['events']);
  };
};
