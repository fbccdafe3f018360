// Colours in one place. The basemap is calm and light so that the control areas carry the colour.
// Side colours are from Paul Tol's colour-blind-safe "bright"/"vibrant" schemes: red, blue, green
// and yellow-ochre stay apart for deuteranopes, protanopes and tritanopes.
import type { Side } from '../data/types.ts';

export const BASEMAP = {
  sea: '#d6e4ec',
  land: '#f3f0e8',
  landOther: '#e9e6de',
  coast: '#9fb6c6',
  border: '#8c7f8f',
  label: '#5b5560',
  halo: '#fbfaf7',
};

export const SIDE_COLOURS: Record<Side, string> = {
  government: '#cc3311',
  opposition: '#0077bb',
  turkish_backed: '#009988',
  sdf: '#ddaa33',
};

/** How the map paints what the legend explains (the legend reads the same values). */
/** Share of a side's colour in its area: the basemap's labels and lines stay readable beneath. */
export const CONTROL_FILL_OPACITY = 0.3;
/** Ground held on one partisan claim, or disputed: lighter (this share of the side's fill), hatched. */
export const UNCERTAIN = { fillShare: 0.55, hatch: 'rgba(40, 34, 44, 0.9)', hatchOpacity: 0.7 };
/** The line where two sides meet on the day. */
export const FRONT_LINE = { colour: '#2b2530', opacity: 0.85 };
export const FLASH = { colour: '#ffd400', opacity: 0.55 };
export const CORRIDOR = { colour: '#6b4c9a', fillOpacity: 0.18 };
export const HIGHWAY = { colour: '#c77d1a', casing: '#ffffff' };

export const SIDE_LABELS: Record<Side, string> = {
  government: 'Syrian government and allies',
  opposition: 'Opposition (HTS, NLF and factions in the Idlib pocket)',
  turkish_backed: 'Turkish-backed SNA (northern Aleppo)',
  sdf: 'SDF (Tal Rifaat pocket)',
};

export const SIDE_SHORT: Record<Side, string> = {
  government: 'Government',
  opposition: 'Opposition',
  turkish_backed: 'Turkish-backed',
  sdf: 'SDF',
};

/** Fonts drawn locally by maplibre-gl (no glyphs server); DejaVu covers Latin and Arabic. */
export const FONT_REGULAR = ['DejaVu Sans', 'Noto Sans', 'sans-serif'];
export const FONT_BOLD = ['DejaVu Sans Bold', 'Noto Sans Bold', 'sans-serif'];
