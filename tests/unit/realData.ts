// The app's own loader, fed from disk instead of fetch (the DataSource interface), so tests never touch the network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DataSource, type LoadedData, loadData } from '../../src/data/load';

export const diskSource = (dir: string): DataSource => ({
  getJson: async (name) => JSON.parse(readFileSync(join(dir, name), 'utf8')),
});

let cached: Promise<LoadedData> | undefined;
export function loadRealData(): Promise<LoadedData> {
  cached ??= loadData(diskSource(join(import.meta.dirname, '../../public/data')));
  return cached;
}
