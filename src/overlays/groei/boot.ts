// Start-up with a link to a growth view: the engine and the default scenario's indicators are added before the
// app resolves the link, so `indicator=GS_GROEI&jaar=2035` is honoured instead of replaced.
import type { LoadedData } from '../../data/load';
import { withSeries } from '../../lib/data';
import { DEFAULT_SCENARIO } from '../../state/app-state';
import { loadEngine } from './engine';

export async function withGrowth(data: LoadedData, baseUrl: string): Promise<LoadedData> {
  try {
    const engine = await loadEngine(baseUrl, data.geo);
    const view = engine.compute(DEFAULT_SCENARIO, []);
    return { ...data, growth: engine, idx: withSeries(data.idx, view.series, view.entries) };
  } catch {
    // The viewer still starts; the overlay shows the error when it is opened.
    return data;
  }
}
