// The 12 Turkish observation posts; the icon shows whether the post was surrounded on the day.
import { DATE } from '../expressions.ts';
import { addPostIcons } from '../icons.ts';
import { FONT_REGULAR } from '../theme.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';
import { mirrorSelection } from './selection-state.ts';

export const POST_ICONS = 'post-icon';
const POST_RINGS = 'post-ring';

const POST_SELECTED = 'post-selected';

export const attachPosts: AttachLayer = (map, data, state) => {
  addPostIcons(map);
  map.addSource('posts', { type: 'geojson', data: { type: 'FeatureCollection', features: data.posts }, promoteId: 'id' });
  map.addLayer({
    id: POST_ICONS,
    type: 'symbol',
    source: 'posts',
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
  // The red ring of a surrounded post, drawn beneath its icon from the day it was surrounded.
  map.addLayer(
    {
      id: POST_RINGS,
      type: 'symbol',
      source: 'posts',
      layout: { 'icon-image': 'op-ring', 'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 11, 1], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': ['case', ['<=', ['coalesce', ['get', 'surrounded'], '9999-12-31'], DATE], 1, 0] },
    },
    POST_ICONS,
  );
  // A halo behind the selected post.
  map.addLayer(
    {
      id: POST_SELECTED,
      type: 'circle',
      source: 'posts',
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
  const stopSelected = mirrorSelection(map, 'posts', state.selectedPost);
  return () => {
    stopSelected();
    removeAll(map, [POST_ICONS, POST_RINGS, POST_SELECTED], ['posts']);
  };
};
