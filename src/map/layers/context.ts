// Rivers and main roads (with their names) over the control areas and under the M4/M5, so the
// Orontes and the roads of the front keep their colours at zoom 10-12. They read the embedded
// basemap's source; an online style (VITE_BASEMAP_STYLE/VITE_BASEMAP_PMTILES) brings its own.
import { contextLayers } from '../basemap-style.ts';
import { removeAll, type AttachLayer } from './layer-kit.ts';

export const attachContext: AttachLayer = (map) => {
  if (!map.getSource('basemap')) return () => {};
  const layers = contextLayers();
  for (const layer of layers) map.addLayer(layer);
  return () => removeAll(map, layers.map((l) => l.id).reverse(), []);
};
