// The 12 Turkish observation posts; a red ring marks a post once it was surrounded, on the
// selected day. The ring is feature state, so a day step touches only posts whose ring changes.
import { effect } from '@preact/signals';
import { addPostIcons } from '../../graphics/icons.ts';
import { FONT_REGULAR } from '../../core/theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';
import { mirrorSelection } from './selection-state.ts';

export const POST_ICONS = 'post-icon';
export const POSTS_SOURCE = 'posts';
const POST_RINGS = 'post-ring';
const POST_SELECTED = 'post-selected';

export const attachPosts: AttachLayer = (map, data, state) => {
  addPostIcons(map);
  map.addSource(POSTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: data.posts }, promoteId: 'id' });
  map.addLayer({
    id: POST_ICONS,
    type: 'symbol',
    source: POSTS_SOURCE,
    layout: {
      'icon-image': 'op-manned',
      'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 11, 1],
      'icon-allow-overlap': true,
      'text-field': ['concat', 'OP ', ['to-string', ['get', 'number']]],
      'text-font': FONT_REGULAR,
      'text-size': 10,
      'text-offset': [0, 1.3],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: { 'text-color': '#1d1d1d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4, 'text-opacity': ['step', ['zoom'], 0, 9, 1] },
  });
  // Drawn beneath the icon.
  map.addLayer(
    {
      id: POST_RINGS,
      type: 'symbol',
      source: POSTS_SOURCE,
      layout: {
        'icon-image': 'op-ring',
        'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 11, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': ['case', ['boolean', ['feature-state', 'surrounded'], false], 1, 0] },
    },
    POST_ICONS,
  );
  const ringed = new Map<string, boolean>();
  const stop = effect(() => {
    const day = state.day.value;
    for (const post of data.posts) {
      const { id, surrounded } = post.properties;
      const on = surrounded !== null && surrounded <= day;
      if ((ringed.get(id) ?? false) === on) continue;
      ringed.set(id, on);
      map.setFeatureState({ source: POSTS_SOURCE, id }, { surrounded: on });
    }
  });
  // A halo behind the selected post.
  map.addLayer(
    {
      id: POST_SELECTED,
      type: 'circle',
      source: POSTS_SOURCE,
      paint: {
        'circle-radius': 15,
        'circle-color': '#0b5cad',
        'circle-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.35, 0],
        'circle-stroke-color': '#0b5cad',
        'circle-stroke-width': 2,
        'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
    POST_RINGS,
  );
  const stopSelected = mirrorSelection(map, POSTS_SOURCE, state.selectedPost);
  return () => {
    stop();
    stopSelected();
    removeAll(map, [POST_ICONS, POST_RINGS, POST_SELECTED], [POSTS_SOURCE]);
  };
};
