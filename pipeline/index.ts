// Entry point of the data build: load geo/ → validate → derive → publish to public/data (which
// Vite copies to dist/data). Any problem in geo/ stops the build with every problem of that stage
// listed, each naming the file, the feature and what is wrong, and nothing is written.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { PlaceFeature, RegionFeature } from '../src/core/types.ts';
import { buildBasemap, syriaOutline } from './basemap.ts';
import { checkCompanions } from './check-companions.ts';
import { checkIslands } from './check-islands.ts';
import { contextForBasemap, loadRoads, loadWater } from './context-lines.ts';
import { dataIndexHtml } from './data-index.ts';
import { jsonSchemas } from './json-schemas.ts';
import { loadArticles } from './articles.ts';
import { loadControlFacts } from './control-facts.ts';
import { areaKm2, controlAreas, voronoiCells } from './control-areas.ts';
import { cellEdges, cellTopology } from './control-topology.ts';
import { timelineFromFacts } from '../src/core/control-timeline.ts';
import { loadEvents } from './events.ts';
import { frontLines } from './front.ts';
import { fromCellEdges } from './shared-edges.ts';
import { loadGeography } from './geography.ts';
import { stringifyCollection } from './geojson-io.ts';
import { reportingSentences } from './furniture.ts';
import { linkExcerpts } from './link-excerpts.ts';
import { m4Corridor } from './m4-corridor.ts';
import { GEO_DIR, OUT_DIR, ROOT, WORLD_ATLAS } from './paths.ts';
import { DataProblems, formatProblem, throwIfAny, type Problem } from './problems.ts';
import { publishAtomically } from './publish.ts';
import { checkSecondSources } from './second-source.ts';
import { territoryByDay, territoryCsv } from './territory.ts';

let topologies: { detail: Topology; wide: Topology } | null = null;

function worldAtlas() {
  const read = (name: string) => JSON.parse(readFileSync(join(WORLD_ATLAS, name), 'utf8')) as Topology;
  topologies ??= { detail: read('countries-10m.json'), wide: read('countries-50m.json') };
  return topologies;
}

export function syria(): Feature<Polygon | MultiPolygon> {
  return syriaOutline(worldAtlas().detail);
}

const fc = (features: Feature<Geometry | null>[]) => stringifyCollection({ type: 'FeatureCollection', features });

const printWarning = (p: Problem) => console.warn(`data: warning: ${formatProblem(p)}`);

/**
 * Runs every stage on a geo/ folder and returns the files to publish, or throws DataProblems.
 * Warnings (things worth a look that do not stop the build) go to `warn`.
 */
export function buildAll(geoDir: string = GEO_DIR, warn: (p: Problem) => void = printWarning): Record<string, string> {
  // The second-source and companion checks word their warnings as `file: feature: problem` already.
  const onWarning = (line: string) => {
    const [file = '', feature = '', ...rest] = line.split(': ');
    warn({ file, feature, problem: rest.join(': ') });
  };
  const { detail, wide } = worldAtlas();
  const geography = loadGeography(geoDir, syria());
  const placesById = new Map(geography.places.map((p) => [p.properties.id, p]));
  const secondSources = checkSecondSources(geography.places);
  throwIfAny(secondSources.problems);
  secondSources.warnings.forEach(onWarning);
  const roads = loadRoads(geoDir, placesById);
  const water = loadWater(geoDir);

  const facts = loadControlFacts(geoDir, placesById);
  const companions = checkCompanions(facts, placesById);
  throwIfAny(companions.problems);
  companions.warnings.forEach(onWarning);
  const modelPoints = facts.settlements.map((s) => ({ place: s.place, at: placesById.get(s.place)!.geometry.coordinates }));
  const cells = voronoiCells(modelPoints, geography.studyArea);
  const topo = cellTopology(cells);
  const areas = controlAreas(facts, cells, topo);
  const edges = cellEdges(topo);
  checkIslands(
    facts,
    edges.map((e) => e.properties),
  ).forEach(onWarning);
  const m4 = geography.highways.find((h) => h.properties.ref === 'M4')!;

  const articles = loadArticles(geoDir, facts, warn);
  const linkable = new Map<string, PlaceFeature | RegionFeature>([
    ...placesById,
    ...geography.regions.map((r) => [r.properties.id, r] as const),
  ]);
  const events = loadEvents(
    geoDir,
    { start: facts.start, end: facts.end },
    linkable,
    new Map(articles.map((a) => [a.id, a])),
    geography.studyArea,
  );
  const targets = [...linkable.values()]
    .filter((f) => f.properties.kind !== 'study-area')
    .map((f) => ({ id: f.properties.id, names: f.properties.aliases }));
  const linked = linkExcerpts(articles, targets);

  const files: Record<string, string> = {
    'basemap.geojson': stringifyCollection(buildBasemap(detail, wide, contextForBasemap(roads, water))),
    'places.geojson': fc(geography.places),
    'highways.geojson': fc(geography.highways),
    'roads.geojson': fc(roads),
    'regions.geojson': fc(geography.regions),
    'observation-posts.geojson': fc(geography.posts),
    'control.geojson': fc(areas),
    // Each cell's area lets the app add up ground that changed hands without measuring geometry.
    'control-cells.geojson': fc(
      cells.map((c) => ({
        type: 'Feature',
        properties: { place: c.place, area_km2: Math.round(areaKm2(c.geometry) * 100) / 100 },
        geometry: c.geometry,
      })),
    ),
    // What the map needs for its first draw: the edges between neighbouring cells (where two sides
    // can meet) and who held each cell when, without the sources (those come with control-facts).
    'control-edges.geojson': fc(edges),
    'control-timeline.json': `${JSON.stringify(
      timelineFromFacts(
        facts,
        edges.map((e) => e.properties),
      ),
    )}\n`,
    'territory.csv': territoryCsv(territoryByDay(areas, facts.start, facts.end)),
    'front.geojson': fc(frontLines(facts, fromCellEdges(edges))),
    'control-facts.json': `${JSON.stringify(facts)}\n`,
    'm4-corridor.geojson': fc([m4Corridor(m4, geography.studyArea)]),
    'events.geojson': fc(events),
    // Beyond the required fields, each report carries its sentence spans and every linked name, so
    // the reader can highlight a sentence and make each name a link without re-parsing.
    'articles.json': `${JSON.stringify(
      articles.map((a) => ({
        ...a,
        sentences: reportingSentences(a.text).map((s) => [s.start, s.end]),
        mentions: linked.mentions[a.id] ?? [],
      })),
    )}\n`,
    'excerpts.json': `${JSON.stringify(linked.excerpts)}\n`,
  };
  const schemas = jsonSchemas(Object.keys(files));
  return { ...files, ...schemas, 'index.html': dataIndexHtml(files, new Set(Object.keys(schemas))) };
}

function main(): void {
  const started = performance.now();
  try {
    const files = buildAll(GEO_DIR);
    publishAtomically(OUT_DIR, files);
    const ms = Math.round(performance.now() - started);
    console.log(`data: wrote ${Object.keys(files).length} files to ${relative(ROOT, OUT_DIR) || OUT_DIR} in ${ms} ms`);
  } catch (err) {
    if (err instanceof DataProblems) {
      console.error(`data: build failed, nothing written. ${err.problems.length} problem(s):`);
      console.error(err.message);
    } else {
      console.error('data: build failed, nothing written.');
      console.error(err);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
