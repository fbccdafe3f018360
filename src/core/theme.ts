// Colours in one place. The basemap is calm and light so that the control areas carry the colour.
// Side colours are from Paul Tol's colour-blind-safe "bright"/"vibrant" schemes: red, blue, green
// and yellow-ochre stay apart for deuteranopes, protanopes and tritanopes.
import type { EventType, Side } from './types.ts';

export const BASEMAP = {
  sea: '#d6e4ec',
  land: '#f3f0e8',
  landOther: '#e9e6de',
  coast: '#9fb6c6',
  border: '#8c7f8f',
  label: '#5b5560',
  halo: '#fbfaf7',
  /** Rivers and lakes: a lighter sky blue than the opposition's edge (#0077bb), on a pale casing. */
  water: '#3c9be0',
  lake: '#9cc3e4',
  waterLabel: '#23608f',
  /** Main roads beyond the M4/M5: grey-brown on a white casing, quieter than the highways. */
  road: '#7a6652',
  roadCasing: '#ffffff',
  roadLabel: '#4d4034',
  /** The background when the basemap could not be loaded: neither sea nor land. */
  plain: '#ecebe8',
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
/**
 * A settlement of the control model: a white dot; one placed from a description rather than a
 * gazetteer (its precision this many metres or worse) is a hollow ring in a lighter ink.
 */
export const SETTLEMENT_DOT = {
  fill: '#ffffff',
  ink: '#4a4450',
  radius: 2.5,
  ringWidth: 1,
  approximateInk: '#6f6876',
  approximateRadius: 4.5,
  approximateRingWidth: 1.4,
  approximateFromM: 3000,
};

/** Event types' colours: the map's icons, the legend, the cards and the day's list. */
export const EVENT_COLOURS: Record<EventType, string> = {
  airstrike: '#e05a00',
  clash: '#a1162b',
  capture: '#1d1d1d',
  casualties: '#5a5a5a',
  diplomacy: '#6b4c9a',
  displacement: '#1f7a8c',
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

/** The layout's sizes, one definition for the TypeScript that measures and the CSS that lays out
 * (the CSS reads them as custom properties and custom media; see vite.config.ts). */
export const LAYOUT = {
  /** At this width and below, panels become bottom sheets and the legend starts folded. */
  phoneMaxWidthPx: 760,
  /** At this width and below the top bar's search takes a row of its own. */
  narrowPhoneMaxWidthPx: 360,
  /** At this height and below the legend starts folded too. */
  shortMaxHeightPx: 620,
  /** The side panel's width on a wide screen. */
  panelWidthPx: 380,
};
/** A phone: panels are bottom sheets. */
export const PHONE_MEDIA = `(max-width: ${LAYOUT.phoneMaxWidthPx}px)`;
/** A screen where the legend would cover the map if it opened. */
export const CRAMPED_MEDIA = `${PHONE_MEDIA}, (max-height: ${LAYOUT.shortMaxHeightPx}px)`;

/** Custom properties for the stylesheet: every colour and size the CSS shares with the map. */
export function themeCustomProperties(): Record<string, string> {
  const props: Record<string, string> = {
    '--panel-width': `${LAYOUT.panelWidthPx}px`,
    '--flash': FLASH.colour,
    '--front-line': FRONT_LINE.colour,
    '--corridor': CORRIDOR.colour,
    '--highway': HIGHWAY.colour,
  };
  for (const [side, colour] of Object.entries(SIDE_COLOURS)) props[`--side-${side.replace('_', '-')}`] = colour;
  for (const [type, colour] of Object.entries(EVENT_COLOURS)) props[`--event-${type}`] = colour;
  return props;
}

/** Custom media the stylesheet may use: `@media (--phone)`. */
export const CUSTOM_MEDIA: Record<string, string> = {
  '--phone': PHONE_MEDIA,
  '--wide': `(min-width: ${LAYOUT.phoneMaxWidthPx + 1}px)`,
  '--cramped': CRAMPED_MEDIA,
  '--narrow-phone': `(max-width: ${LAYOUT.narrowPhoneMaxWidthPx}px)`,
};
