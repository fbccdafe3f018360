// Places as labelled points sized by kind (English name, Arabic beneath). Hover and selection are
// feature states, so neither rebuilds the source.
import { effect } from '@preact/signals';
import type { ExpressionSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR, SETTLEMENT_DOT } from '../../core/theme.ts';
import { labelRank, labelSortKey } from '../label-rank.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const PLACE_CIRCLES = 'place-circle';
export const PLACE_LABELS = 'place-label';
export const SETTLEMENT_CIRCLES = 'settlement-circle';
export const SETTLEMENT_LABELS = 'settlement-label';

const radiusByKind: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ['city', 'capital'],
  7,
  'town',
  5,
  'province',
  5,
  'island',
  5,
  ['hill', 'base'],
  3.5,
  4,
];
const emphasis: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  1,
  ['boolean', ['feature-state', 'hover'], false],
  0.6,
  0,
];
const label: ExpressionSpecification = [
  'format',
  ['get', 'name'],
  {},
  '\n',
  {},
  ['coalesce', ['get', 'name_ar'], ''],
  { 'font-scale': 0.85, 'text-font': ['literal', FONT_REGULAR] },
];
/** Zoomed out, only cities, capitals and the places far from Idlib keep a marker and a label. */
const major: ExpressionSpecification = [
  'any',
  ['==', ['get', 'scope'], 'wider'],
  ['match', ['get', 'kind'], ['city', 'capital'], true, false],
];
const MAJOR_ONLY_BELOW = 7;

const labelPaint = {
  'text-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#0b3d91', '#1f1b24'] as ExpressionSpecification,
  'text-halo-color': '#fbfaf7',
  'text-halo-width': 1.6,
};

export const attachPlaces: AttachLayer = (map, data, state) => {
  const ranked = data.places.map((f) => ({
    ...f,
    properties: { ...f.properties, label_key: labelSortKey(labelRank(data, f.properties.id, f.properties.kind)) },
  }));
  map.addSource('places', { type: 'geojson', data: { type: 'FeatureCollection', features: ranked }, promoteId: 'id' });
  const isSettlement: ExpressionSpecification = ['==', ['get', 'layer'], 'settlement'];
  // Placed from a description, not a gazetteer: a hollow ring, so the dot does not claim more
  // than the coordinate knows (its panel gives the precision).
  const approximate: ExpressionSpecification = ['>=', ['get', 'precision_m'], SETTLEMENT_DOT.approximateFromM];
  map.addLayer({
    id: SETTLEMENT_CIRCLES,
    type: 'circle',
    source: 'places',
    minzoom: 9,
    filter: isSettlement,
    paint: {
      'circle-radius': ['+', ['case', approximate, SETTLEMENT_DOT.approximateRadius, SETTLEMENT_DOT.radius], ['*', 2.5, emphasis]],
      'circle-color': SETTLEMENT_DOT.fill,
      'circle-opacity': ['case', approximate, 0, 1],
      'circle-stroke-color': ['case', approximate, SETTLEMENT_DOT.approximateInk, SETTLEMENT_DOT.ink],
      'circle-stroke-width': ['+', ['case', approximate, SETTLEMENT_DOT.approximateRingWidth, SETTLEMENT_DOT.ringWidth], emphasis],
    },
  });
  map.addLayer({
    id: SETTLEMENT_LABELS,
    type: 'symbol',
    source: 'places',
    minzoom: 10.5,
    filter: isSettlement,
    layout: {
      'text-field': label,
      'text-font': FONT_REGULAR,
      'text-size': 10.5,
      'text-offset': [0, 0.7],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: labelPaint,
  });
  map.addLayer({
    id: PLACE_CIRCLES,
    type: 'circle',
    source: 'places',
    filter: ['!', isSettlement],
    paint: {
      'circle-radius': ['+', radiusByKind, ['*', 3, emphasis]],
      'circle-opacity': ['step', ['zoom'], ['case', major, 1, 0], MAJOR_ONLY_BELOW, 1],
      'circle-stroke-opacity': ['step', ['zoom'], ['case', major, 1, 0], MAJOR_ONLY_BELOW, 1],
      'circle-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#0b5cad', '#ffffff'],
      'circle-stroke-color': '#1f1b24',
      'circle-stroke-width': ['+', 1.5, emphasis],
    },
  });
  map.addLayer({
    id: PLACE_LABELS,
    type: 'symbol',
    source: 'places',
    filter: ['!', isSettlement],
    layout: {
      'text-field': ['step', ['zoom'], ['case', major, label, ''], MAJOR_ONLY_BELOW, label],
      'text-font': FONT_BOLD,
      'text-size': ['match', ['get', 'kind'], ['city', 'capital'], 14, 'town', 12.5, 11.5],
      // Below the point if it fits, else beside it: a label moves before it is dropped. Never to
      // the upper right, where an event's icon sits (events.ts offsets it there); posts' icons
      // claim their room in placement, so labels move aside from them too.
      'text-variable-anchor': ['top', 'top-left', 'top-right', 'right', 'bottom-right'],
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      'symbol-sort-key': ['get', 'label_key'],
    },
    paint: labelPaint,
  });

  const stopSelected = stateFlag(map, state.selectedPlace, 'selected');
  const stopHover = stateFlag(map, state.hoveredPlace, 'hover');
  return () => {
    stopSelected();
    stopHover();
    removeAll(map, [PLACE_LABELS, PLACE_CIRCLES, SETTLEMENT_LABELS, SETTLEMENT_CIRCLES], ['places']);
  };
};

/** Mirrors a "which place" signal into a boolean feature state on the places source. */
function stateFlag(map: Parameters<AttachLayer>[0], signal: { value: string | null; peek(): string | null }, flag: 'selected' | 'hover') {
  let previous: string | null = null;
  return effect(() => {
    const id = signal.value;
    if (previous && map.getSource('places')) map.setFeatureState({ source: 'places', id: previous }, { [flag]: false });
    if (id && map.getSource('places')) map.setFeatureState({ source: 'places', id }, { [flag]: true });
    previous = id;
  });
}
