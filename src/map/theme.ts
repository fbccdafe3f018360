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
  /** The background when the basemap could not be loaded: neither sea nor land. */
  plain: '#ecebe8',
};

export const SIDE_COLOURS: Record<Side, string> = {
  government: '#cc3311',
  opposition: '#0077bb',
  turkish_backed: '#009988',
  sdf: '#ddaa33',
};

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
