// data/index.html: the open data, listed for people who follow the app's "Data" link.
const DESCRIPTIONS: Record<string, string> = {
  'places.geojson':
    'Named places and control-model settlements (Point): id, name, name_ar, aliases, kind, scope, precision_m, sources, note, layer.',
  'highways.geojson': 'The M4 and M5 (LineString): id, ref, name, serves, precision_m, sources.',
  'regions.geojson': 'Jabal al-Zawiya, Idlib province and the study area the control model covers (Polygon).',
  'observation-posts.geojson': 'The 12 Turkish observation posts (Point): number, name, host, established, surrounded, sources.',
  'control.geojson': 'Areas held by each side (Polygon/MultiPolygon): side, from (inclusive), to (exclusive; null = to the end).',
  'control-cells.geojson':
    'The Voronoi cell of each control-model settlement: the land nearer to it than to any other. place, area_km2 (geodesic).',
  'territory.csv':
    'Square kilometres held by each side on every day (land within the study area, geodesic): date, government_km2, opposition_km2, turkish_backed_km2, sdf_km2.',
  'front.geojson':
    'The front line (MultiLineString): where the ground of two sides meets. from (inclusive), to (exclusive; null = to the end), sides [a, b] sorted, length_km.',
  'control-facts.json': 'Each settlement’s side on 1 Dec 2019 and every dated change, with confidence and sources.',
  'm4-corridor.geojson': 'The M4 security corridor of the 5 March 2020 protocol: 6 km either side of the M4, from 6 March.',
  'events.geojson': 'Events of the reports (Point): date, type, title, place, claims, excerpts, sources.',
  'articles.json': 'The five reports: id, title, publisher, date, text (unchanged), sentence spans, linked names.',
  'excerpts.json': 'For each place id, the sentences that name it: article, sentence, text (verbatim), match [start, end].',
  'basemap.geojson': 'The offline basemap: Natural Earth land, borders and coast (public domain).',
};

import { schemaPath } from './json-schemas.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's only style, inline; the site's Content-Security-Policy allows exactly it by hash (csp.ts). */
export const DATA_INDEX_STYLE =
  "body{font-family:'DejaVu Sans',system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f1b24}td{padding:.3rem .8rem .3rem 0;border-bottom:1px solid #ddd;vertical-align:top}";

/** `schemas` holds the schema paths written beside the files (schema/<file>.schema.json). */
export function dataIndexHtml(files: Record<string, string>, schemas: ReadonlySet<string>): string {
  const rows = Object.keys(files)
    .sort()
    .map((name) => {
      const body = files[name]!;
      const features = name.endsWith('.geojson') ? `${(body.match(/\n\{"type":"Feature"/g) ?? []).length} features, ` : '';
      const schema = schemaPath(name);
      return `<tr><td><a href="${escapeHtml(name)}">${escapeHtml(name)}</a></td><td>${escapeHtml(DESCRIPTIONS[name] ?? '')}</td><td>${schemas.has(schema) ? `<a href="${escapeHtml(schema)}">JSON Schema</a>` : ''}</td><td>${features}${Math.round(Buffer.byteLength(body) / 1024)} KiB</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Idlib 2020 — open data</title><link rel="icon" href="../favicon.svg">
<style>${DATA_INDEX_STYLE}</style></head>
<body><h1>Idlib 2020 — open data</h1>
<p>The files the map itself loads, derived by the build from hand-authored, sourced data. GeoJSON per RFC 7946 ([lon, lat]); dates are ISO days. Each file's exact format is a JSON Schema (draft-07) in schema/, linked beside it. <a href="../">Back to the map</a>.</p>
<table><thead><tr><th>file</th><th>what it holds</th><th>format</th><th>size</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}
