// Stage 7, write: the outputs serialised exactly as public/data/ holds them, plus a manifest of their hashes.
// Returns contents only; writing them to disk is the caller's job (build.ts, the import commit).
import { createHash } from 'node:crypto';
import type { Topology } from 'topojson-specification';
import { type Catalogue, DATA_FILES, type IndicatorTable, IndicatorTableSchema } from '../../core/contracts/data';
import { type FacilitiesFile, FacilitiesFileSchema } from '../../core/contracts/facilities';
import { encodeIndicatorTable, stringifyIndicatorFile } from '../../core/contracts/indicators-file';
import { type NetworkFile, NetworkFileSchema } from '../../core/contracts/network';
import type { ScenariosFile } from '../../core/contracts/scenario';
import { type AreaIndexFile, areaIndexPath, indicatorPath, splitIndicatorTable, stringifySplitIndicator } from '../../core/tiles';

/** The tiled layout's extra outputs (core/tiles.ts); the topology then holds only the gemeente outline. */
export interface TiledOutput {
  areaIndexes: AreaIndexFile[];
  /** Vector tiles: path → MVT bytes. */
  tiles: Map<string, Uint8Array>;
}

export interface WriteInput {
  topology: Topology;
  contextTopology: Topology;
  table: IndicatorTable;
  catalogue: Catalogue;
  facilities: FacilitiesFile;
  /** The imported road network for the app (only when sources.json has one). */
  network?: NetworkFile;
  /** Growth scenarios (only when layers/scenarios/ exists); validated by the scenarios stage. */
  scenarios?: ScenariosFile;
  /** National size: geometry as tiles, an area index per level, one file per indicator. */
  tiled?: TiledOutput;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * File name in public/data/ → exact content, in a fixed order; the manifest comes last. In the tiled layout the tiles
 * are binary and come back separately; the manifest then holds one hash per tiled level instead of one per tile.
 */
export function serialise({ topology, contextTopology, table, catalogue, facilities, network, scenarios, tiled }: WriteInput): {
  files: Map<string, string>;
  binary: Map<string, Uint8Array>;
} {
  IndicatorTableSchema.parse(table);
  FacilitiesFileSchema.parse(facilities);
  const files = new Map<string, string>();
  files.set(DATA_FILES.topology, `${JSON.stringify(topology)}\n`);
  files.set(DATA_FILES.context, `${JSON.stringify(contextTopology)}\n`);
  if (tiled) {
    // indicators.json stays (the app preloads it) but is empty: the series are in indicators/<id>/<year>.json.
    files.set(DATA_FILES.indicators, stringifyIndicatorFile({ version: 2, areas: [], columns: {}, strings: [], series: [] }));
    for (const a of tiled.areaIndexes) files.set(areaIndexPath(a.level), `${JSON.stringify(a)}\n`);
    for (const f of splitIndicatorTable(table).files) files.set(indicatorPath(f.indicator, f.year), stringifySplitIndicator(f));
  } else files.set(DATA_FILES.indicators, stringifyIndicatorFile(encodeIndicatorTable(table)));
  files.set(DATA_FILES.catalogue, `${JSON.stringify(catalogue, null, 1)}\n`);
  // Compact: the app loads it whole; the golden fixture holds a readable copy.
  files.set(DATA_FILES.facilities, `${JSON.stringify(facilities)}\n`);
  if (network) files.set(DATA_FILES.network, `${JSON.stringify(NetworkFileSchema.parse(network))}\n`);
  if (scenarios) files.set(DATA_FILES.scenarios, `${JSON.stringify(scenarios)}\n`);
  const hashes: Record<string, string> = Object.fromEntries([...files].map(([n, c]) => [n, sha(c)]));
  const binary = tiled?.tiles ?? new Map<string, Uint8Array>();
  if (tiled) {
    // One hash per tiled level over its tile paths and bytes (thousands of tiles would bloat the manifest).
    const perLevel = new Map<string, ReturnType<typeof createHash>>();
    for (const [path, bytes] of [...binary].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const dir = path.split('/').slice(0, 2).join('/');
      const h = perLevel.get(dir) ?? createHash('sha256');
      perLevel.set(dir, h.update(path).update(bytes));
    }
    for (const [dir, h] of perLevel) hashes[`${dir}/`] = h.digest('hex').slice(0, 16);
  }
  files.set(DATA_FILES.manifest, `${JSON.stringify({ version: 1, files: hashes }, null, 2)}\n`);
  return { files, binary };
}
