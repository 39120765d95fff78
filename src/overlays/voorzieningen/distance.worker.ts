// The distance engine off the main thread: the grid is built once, each request computes one type's surface and its
// per-area measures. A what-if edit is one request: ~10 ms here, and the map never stalls while it runs.

import '../../noEval';
import { networkFeatures } from '../../../core/contracts/network';
import {
  accessibilityGrid,
  accessibilitySeriesOnGrid,
  type NetworkOption,
  networkOnGrid,
} from '../../../core/distance/accessibility';
import { type AreaMeasure, areaMeasures, wijkOfBuurt } from '../../../core/distance/areas';
import type { Grid } from '../../../core/distance/grid';
import { inverse } from '../../../core/distance/project';
import { computeSurface } from '../../../core/distance/whatif';
import type { AreaValue, GridInfo, InitRequest, WorkerRequest, WorkerResponse } from './protocol';

let grid: Grid | null = null;
let init: InitRequest | null = null;
let network: NetworkOption | undefined;

const post = (msg: WorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage: (m: unknown, t: Transferable[]) => void }).postMessage(msg, transfer);

function toValues(m: Record<string, AreaMeasure | undefined>): Record<string, AreaValue | undefined> {
  const out: Record<string, AreaValue | undefined> = {};
  for (const [code, v] of Object.entries(m))
    out[code] = v && { meanDistance: v.meanDistance, shareBeyond: v.shareBeyond, population: v.population };
  return out;
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  try {
    if (msg.kind === 'init') {
      // The same grid as the pipeline's (accessibilityGrid): the unedited values equal the published ones.
      grid = accessibilityGrid({ buurten: msg.buurten, population: msg.population, cellSize: msg.cellSize });
      init = msg;
      network = msg.network ? { title: msg.network.title, lines: networkFeatures(msg.network) } : undefined;
      const [w, s] = inverse(grid.projection, grid.x0, grid.y0);
      const [east, north] = inverse(grid.projection, grid.x0 + grid.cols * grid.cellSize, grid.y0 + grid.rows * grid.cellSize);
      const info: GridInfo = {
        cols: grid.cols,
        rows: grid.rows,
        cellSize: grid.cellSize,
        col: grid.col,
        row: grid.row,
        bounds: [w, s, east, north],
        x0: grid.x0,
        y0: grid.y0,
        n: grid.n,
        area: grid.area,
        codes: grid.codes,
      };
      post({ kind: 'ready', grid: info });
      return;
    }
    if (!grid) throw new Error('rekenraster is nog niet opgebouwd');
    const t0 = performance.now();
    const surface = computeSurface(grid, msg.facilities, {
      radii: msg.radii,
      detour: msg.detour,
      ...(network ? { network: networkOnGrid(grid, network) } : {}),
    });
    const opts = msg.norm !== undefined ? { norm: msg.norm } : {};
    const buurten = toValues(areaMeasures(grid, surface, opts));
    const wijken = toValues(areaMeasures(grid, surface, { ...opts, groupOf: (c: string) => wijkOfBuurt(c) }));
    const series =
      msg.series && init
        ? accessibilitySeriesOnGrid(grid, {
            populationYear: init.populationYear,
            types: [msg.series.type],
            detour: msg.detour,
            deelgebieden: init.deelgebieden,
            edits: { [msg.series.type.id]: msg.series.edits },
            ...(network ? { network } : {}),
          })
        : undefined;
    const distance = surface.distance;
    const nearest = surface.nearest;
    post(
      {
        kind: 'surface',
        id: msg.id,
        distance,
        nearest,
        wijken,
        buurten,
        ...(series ? { series } : {}),
        ms: performance.now() - t0,
      },
      [distance.buffer, nearest.buffer],
    );
  } catch (err) {
    post({
      kind: 'error',
      ...(msg.kind === 'surface' ? { id: msg.id } : {}),
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
