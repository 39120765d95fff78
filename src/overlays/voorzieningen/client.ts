// A promise API over the distance worker. Only the latest request per caller matters: older answers are dropped.
import type { GridInfo, InitRequest, SurfaceRequest, SurfaceResponse, WorkerResponse } from './protocol';

export interface DistanceClient {
  grid: Promise<GridInfo>;
  surface(req: Omit<SurfaceRequest, 'kind' | 'id'>): Promise<SurfaceResponse>;
  close(): void;
}

export function createDistanceClient(init: Omit<InitRequest, 'kind'>): DistanceClient {
  const worker = new Worker(new URL('./distance.worker.ts', import.meta.url), { type: 'module' });
  let next = 1;
  const pending = new Map<number, { resolve: (r: SurfaceResponse) => void; reject: (e: Error) => void }>();
  let readyResolve: (g: GridInfo) => void = () => {};
  let readyReject: (e: Error) => void = () => {};
  const grid = new Promise<GridInfo>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
    const m = e.data;
    if (m.kind === 'ready') readyResolve(m.grid);
    else if (m.kind === 'surface') {
      pending.get(m.id)?.resolve(m);
      pending.delete(m.id);
    } else {
      const err = new Error(`Afstanden konden niet worden berekend: ${m.message}`);
      if (m.id === undefined) readyReject(err);
      else {
        pending.get(m.id)?.reject(err);
        pending.delete(m.id);
      }
    }
  };
  worker.onerror = (e) => readyReject(new Error(`De rekenmodule kon niet starten: ${e.message}`));
  worker.postMessage({ kind: 'init', ...init } satisfies InitRequest);
  return {
    grid,
    surface(req) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ kind: 'surface', id, ...req } satisfies SurfaceRequest);
      });
    },
    close: () => worker.terminate(),
  };
}
