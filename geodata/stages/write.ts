// Stage 7, write: the outputs serialised exactly as public/data/ holds them, plus a manifest of their hashes.
// Returns contents only; writing them to disk is the caller's job (build.ts, the import commit).
import { createHash } from 'node:crypto';
import type { Topology } from 'topojson-specification';
import { type Catalogue, DATA_FILES, type IndicatorTable, IndicatorTableSchema } from '../../core/contracts/data';
import { type FacilitiesFile, FacilitiesFileSchema } from '../../core/contracts/facilities';
import { encodeIndicatorTable, stringifyIndicatorFile } from '../../core/contracts/indicators-file';
import { type NetworkFile, NetworkFileSchema } from '../../core/contracts/network';
import type { ScenariosFile } from '../../core/contracts/scenario';

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
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** File name in public/data/ → exact content, in a fixed order; the manifest comes last. */
export function serialise({
  topology,
  contextTopology,
  table,
  catalogue,
  facilities,
  network,
  scenarios,
}: WriteInput): Map<string, string> {
  IndicatorTableSchema.parse(table);
  FacilitiesFileSchema.parse(facilities);
  const files = new Map<string, string>();
  files.set(DATA_FILES.topology, `${JSON.stringify(topology)}\n`);
  files.set(DATA_FILES.context, `${JSON.stringify(contextTopology)}\n`);
  files.set(DATA_FILES.indicators, stringifyIndicatorFile(encodeIndicatorTable(table)));
  files.set(DATA_FILES.catalogue, `${JSON.stringify(catalogue, null, 1)}\n`);
  // Compact: the app loads it whole; the golden fixture holds a readable copy.
  files.set(DATA_FILES.facilities, `${JSON.stringify(facilities)}\n`);
  if (network) files.set(DATA_FILES.network, `${JSON.stringify(NetworkFileSchema.parse(network))}\n`);
  if (scenarios) files.set(DATA_FILES.scenarios, `${JSON.stringify(scenarios)}\n`);
  const hashes = Object.fromEntries([...files].map(([n, c]) => [n, sha(c)]));
  files.set(DATA_FILES.manifest, `${JSON.stringify({ version: 1, files: hashes }, null, 2)}\n`);
  return files;
}
