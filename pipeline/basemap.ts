// Cuts the offline basemap out of Natural Earth (world-atlas TopoJSON): land, borders and
// coastline for the region at 1:10m, and a 1:50m overview for the places far from Idlib.
import { bboxClip, bboxPolygon, booleanPointInPolygon, centerOfMass, difference, featureCollection, pointOnFeature } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { BBox, Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapProps } from '../src/core/types.ts';
import { roundCoordinates } from './geojson-io.ts';

/** lon/lat box of the detailed cut-out: Idlib with the Turkish and Lebanese borders and the coast. */
export const DETAIL_BBOX: BBox = [34.5, 33.8, 39.8, 38.0];
/** The overview reaches Moscow, the Dardanelles and Lesbos, a little beyond the map's maxBounds. */
export const WIDE_BBOX: BBox = [12, 22, 58, 63];

type Scale = BasemapProps['scale'];
type BasemapFeature = Feature<Geometry, BasemapProps>;

/**
 * Clipping to a box and rounding leave rings collapsed onto the box edge or repeated points;
 * drop those, as they have no area and polygon operations reject them.
 */
function cleanPolygonal(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const cleanRing = (ring: Position[]) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
  const hasArea = (ring: Position[]) => ring.length >= 4 && new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3;
  const cleanPolygon = (rings: Position[][]): Position[][] | null => {
    const [outer, ...holes] = rings.map(cleanRing);
    return outer && hasArea(outer) ? [outer, ...holes.filter(hasArea)] : null;
  };
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(cleanPolygon).filter((p): p is Position[][] => p !== null);
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function cut(topology: Topology, bbox: BBox, scale: Scale, decimals: number): BasemapFeature[] {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const out: BasemapFeature[] = [];
  const land = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  for (const country of land.features) {
    if (!country.geometry) continue;
    const clipped = cleanPolygonal(roundCoordinates(bboxClip(country, bbox).geometry as Polygon | MultiPolygon, decimals));
    if (!clipped) continue;
    const name = country.properties?.name ?? '';
    out.push({ type: 'Feature', properties: { kind: 'land', name, scale }, geometry: clipped });
    let label = centerOfMass(clipped);
    if (!booleanPointInPolygon(label, clipped)) label = pointOnFeature(clipped);
    out.push({ type: 'Feature', properties: { kind: 'country-label', name, scale }, geometry: roundCoordinates(label.geometry, 3) });
  }
  const lines: [BasemapProps['kind'], MultiLineString][] = [
    ['border', mesh(topology, countries, (a, b) => a !== b)],
    ['coast', mesh(topology, countries, (a, b) => a === b)],
  ];
  for (const [kind, geometry] of lines) {
    const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, bbox).geometry as MultiLineString;
    out.push({ type: 'Feature', properties: { kind, scale }, geometry: roundCoordinates(clipped, decimals) });
  }
  return out;
}

/**
 * The overview's land with the cut-out's box removed: drawn beside the 1:10m land when zoomed in,
 * so the coarser coast never shows next to the finer one.
 */
function outsideDetail(wideFeatures: BasemapFeature[]): BasemapFeature[] {
  const hole = bboxPolygon(DETAIL_BBOX);
  return wideFeatures.flatMap((f) => {
    if (f.properties.kind !== 'land') return [];
    const rest = difference(featureCollection([f as Feature<Polygon | MultiPolygon>, hole]));
    return rest
      ? [{ ...f, properties: { ...f.properties, scale: 'wide-outside' as const }, geometry: roundCoordinates(rest.geometry, 3) }]
      : [];
  });
}

/** `context` (water and main roads from geo/) is drawn over the land, under everything else. */
export function buildBasemap(detail: Topology, wide: Topology, context: BasemapFeature[] = []): FeatureCollection<Geometry, BasemapProps> {
  const wideFeatures = cut(wide, WIDE_BBOX, 'wide', 3);
  return {
    type: 'FeatureCollection',
    // Land: 1:50m outside the cut-out and 1:10m inside it, at every zoom. Lines and labels: each
    // scale at its own zooms.
    features: [
      ...wideFeatures.filter((f) => f.properties.kind !== 'land'),
      ...outsideDetail(wideFeatures),
      ...cut(detail, DETAIL_BBOX, 'detail', 4),
      ...context,
    ],
  };
}

/** Syria's outline at 1:10m: the study area is cut at its border and coast. */
export function syriaOutline(detail: Topology): Feature<Polygon | MultiPolygon> {
  const countries = feature(detail, detail.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const syria = countries.features.find((f) => f.properties?.name === 'Syria');
  if (!syria) throw new Error('world-atlas countries-10m has no feature named Syria');
  return syria;
}
