// The geodata pipeline: sources (geodata/sources.json) + catalogue (layers/) → files in public/data/.
// This module only names the stages; each lives in geodata/stages/ with typed input and output, and only the
// read stage touches the file system.
import { join } from 'node:path';
import { AREA_LEVELS } from '../core/codes';
import type { IndicatorTable } from '../core/contracts/data';
import detour from '../core/distance/detour-weert.json';
import { encodeAreaIndex, TILE_MAXZOOM, TILE_MINZOOM, TILED_LEVELS, TILES_THRESHOLD, type TileLayout } from '../core/tiles';
import { networkFile, parseRoadNetwork } from './lib/network';
import { type AccessibilityResult, buildAccessibility } from './stages/accessibility';
import { type AreaSetResult, areaSetAreas, areaSetMode, deriveAreaSet } from './stages/areaset';
import { buildBoundaries } from './stages/boundaries';
import { assembleCatalogue } from './stages/catalogue';
import { buildFacilities, type FacilitiesResult } from './stages/facilities';
import { type Indicators, joinIndicators } from './stages/indicators';
import { applyPublication, type Profile, type Publication, type PublicationInput } from './stages/publication';
import { folderReader, readSources, type SourceSet } from './stages/read-sources';
import { buildScenarios } from './stages/scenarios';
import { areaGeometryInfo, buildTiles, outlineTopology } from './stages/tiles';
import { serialise, type TiledOutput } from './stages/write';

export type { SourcesManifest } from './contracts/sources';
export { loadSourcesManifest } from './stages/read-sources';

export interface PipelinePaths {
  /** Folder holding sources.json; file paths in it are relative to this folder. */
  geodataDir: string;
  layersDir: string;
  /** Overrides layers/publication.json: 'intern' keeps every value (never for the public website). */
  profile?: Profile;
  /**
   * 'embedded': one TopoJSON and one indicators.json (Weert). 'tiles': vector tiles, an area index per level and one
   * file per indicator (core/tiles.ts). Default: 'tiles' from TILES_THRESHOLD buurten on, else 'embedded'.
   */
  layout?: 'embedded' | 'tiles';
}

export interface PipelineResult {
  /** File name in public/data/ → exact content. */
  files: Map<string, string>;
  /** Binary outputs (vector tiles of the tiled layout), path in public/data/ → bytes; empty when embedded. */
  binary: Map<string, Uint8Array>;
  report: string[];
}

/** Stages 1–4, up to what the publication stage gets (also for the differencing test, which varies that stage). */
export function prepare({ geodataDir, layersDir, profile }: PipelinePaths) {
  const src = readSources({ read: folderReader(geodataDir), manifestFile: join(geodataDir, 'sources.json'), layersDir });
  const { manifest, layers } = src;
  const bounds = buildBoundaries({ ...src.boundaries, areaSet: layers.areaSet, areaSetPolygons: src.areaSetPolygons });
  const geometry = bounds.areaSetGeometry;
  const ind = joinIndicators({
    sources: manifest.stats,
    texts: src.stats,
    indicators: layers.indicators,
    codes: bounds.codes,
    areaSetAreas: geometry && areaSetAreas(geometry),
  });
  const set =
    layers.areaSet && geometry
      ? deriveAreaSet({ ...layers, areaSet: layers.areaSet, geometry, topology: bounds.topology, series: ind.table.series })
      : undefined;
  const publication: PublicationInput = {
    ...layers,
    series: set?.series ?? ind.table.series,
    ...(profile ? { profile } : {}),
    areas: ind.table.areas,
    ...(set && layers.areaSet
      ? { derived: { membership: set.membership, buurtAreas: set.buurtAreas, mode: areaSetMode(layers.areaSet) } }
      : {}),
  };
  return { src, bounds, ind, set, publication };
}

export function runPipeline(paths: PipelinePaths): PipelineResult {
  const { src, bounds, ind, set, publication } = prepare(paths);
  const { manifest, layers } = src;
  const pub = applyPublication(publication);
  const fac = buildFacilities({ types: layers.facilities, texts: src.facilities });
  const road = manifest.network &&
    src.network && { ...manifest.network, ...parseRoadNetwork(src.network.text, src.network.file) };
  const acc = buildAccessibility({
    ...layers,
    ...pub,
    topology: bounds.topology,
    types: fac.file.types,
    detour,
    ...(road ? { network: road } : {}),
  });
  const series = [...pub.series, ...acc.series];
  const indicators = [...layers.indicators, ...acc.indicators];
  const table = { ...ind.table, series };
  const tiles = (paths.layout ?? (bounds.codes.length >= TILES_THRESHOLD ? 'tiles' : 'embedded')) === 'tiles';
  const tiled = tiles ? tiledOutput(bounds.topology, table) : undefined;
  const catalogue = {
    ...assembleCatalogue({ ...layers, indicators, series, manifest, publication: pub.publication }),
    ...(tiled ? { layout: tiled.layout } : {}),
  };
  const network = road && networkFile(road.lines, road);
  const scenarios =
    layers.scenarios &&
    buildScenarios({
      configs: layers.scenarios,
      series,
      buurtCodes: new Set(bounds.codes.map((c) => c.buurtcode)),
      areaSet: layers.areaSet,
      dir: join(paths.layersDir, 'scenarios'),
      ...(src.forecast && manifest.forecast ? { forecast: { ...src.forecast, title: manifest.forecast.title } } : {}),
    });
  const { files, binary } = serialise({
    ...bounds,
    ...(tiled ? { topology: outlineTopology(bounds.topology), tiled } : {}),
    table,
    catalogue,
    facilities: fac.file,
    ...(network ? { network } : {}),
    ...(scenarios ? { scenarios } : {}),
  });
  const report = reportOf(src, ind, set, pub, catalogue.indicators.length, fac, acc);
  if (tiled)
    report.push(
      `vectortegels: ${binary.size} tegels (zoom ${TILE_MINZOOM}–${TILE_MAXZOOM}) voor ${tiled.layout.tiled.join(', ')}`,
    );
  return { files, binary, report };
}

/** The tiled layout: tiles of the area levels, an area index per level with areas, and what the catalogue says. */
function tiledOutput(topology: Parameters<typeof buildTiles>[0], table: IndicatorTable): TiledOutput & { layout: TileLayout } {
  const tiled = TILED_LEVELS.filter((l) => topology.objects[l]);
  const geometry = areaGeometryInfo(topology, [...tiled, 'gemeente']);
  const levels = AREA_LEVELS.filter((l) => table.areas.some((a) => a.level === l));
  return {
    layout: { kind: 'tiles', tiled, levels, minzoom: TILE_MINZOOM, maxzoom: TILE_MAXZOOM },
    areaIndexes: levels.map((l) => encodeAreaIndex(l, table.areas, geometry)),
    tiles: buildTiles(topology, tiled),
  };
}

/** Dutch summary lines for the user, in stage order. */
function reportOf(
  src: SourceSet,
  ind: Indicators,
  set: AreaSetResult | undefined,
  pub: Publication,
  published: number,
  fac: FacilitiesResult,
  acc: AccessibilityResult,
) {
  const { areaSet } = src.layers;
  const { publication } = pub;
  return [
    ...(set && areaSet ? [`${set.derived.length} reeksen samengesteld voor ${areaSet.label}`] : []),
    `publicatieprofiel '${publication.profile}': ${pub.suppressedValues} waarden onderdrukt (minder dan ${publication.minPopulation} inwoners of eigen telling onder ${publication.minOwnCount}; waarvan ${pub.secondaryValues} aanvullend, zodat ze niet uit totalen terug te rekenen zijn)`,
    `${ind.rowCount} bronrijen gelezen uit ${src.manifest.stats.length} bestanden; ${ind.noDataCount} zonder waarde (geheim/ontbrekend)`,
    `${pub.series.length + acc.series.length} reeksen voor ${published} indicatoren; ${ind.table.areas.length} gebieden`,
    ...(ind.uncatalogued.length > 0
      ? [`niet gepubliceerd (geen catalogusbestand in layers/indicators/): ${ind.uncatalogued.length} indicatoren`]
      : []),
    `voorzieningen: ${fac.inWeert} in Weert en ${fac.nearby} tot 5 km daarbuiten (${fac.dropped} verder weg of buiten Nederland weggelaten); zonder gegevens: ${
      fac.file.types
        .filter((t) => !t.hasData)
        .map((t) => t.id)
        .join(', ') || 'geen'
    }`,
    `bereikbaarheid (eigen berekening, ${src.manifest.network ? `over het wegennet '${src.manifest.network.title}'` : 'hemelsbreed × omrijfactor'}): ${acc.indicators.length} indicatoren, ${acc.series.length} reeksen; ${acc.suppressedValues} waarden onderdrukt`,
  ];
}
