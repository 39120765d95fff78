// The tiled (national) layout keeps one file per indicator: this hook loads the ones in use and adds them to the
// index. In the embedded layout everything is loaded already and the hook returns the index as it is.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnarSeries } from '../../core/contracts/indicators-file';
import type { LoadedData } from '../data/load';
import { type DataIndex, withColumnar } from '../lib/data';

export interface IndicatorFiles {
  idx: DataIndex;
  /** Every indicator in `needed` is in `idx` (the map can show the state). */
  ready: boolean;
  /** A Dutch message when a file could not be loaded. */
  error: string | null;
}

/**
 * @param needed what the map shows now (decides `ready`)
 * @param wanted loaded as well, without holding the map back (e.g. every indicator for an open area profile)
 */
export function useIndicatorFiles(data: LoadedData, needed: readonly string[], wanted: readonly string[] = []): IndicatorFiles {
  const { tiled } = data;
  // Indicators loaded so far (the first map's came with the data), and their series in the order they arrived.
  const [loaded, setLoaded] = useState<{ ids: ReadonlySet<string>; series: ColumnarSeries[] }>(() => ({
    ids: new Set(tiled ? [...data.idx.series.values()].map((s) => s.indicator) : []),
    series: [],
  }));
  const [error, setError] = useState<string | null>(null);
  const pending = useRef(new Set<string>());
  // A file that failed is not asked for again in this session (the notice says so).
  const failed = useRef(new Set<string>());
  const key = [...needed, '|', ...wanted].join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for needed and wanted
  useEffect(() => {
    if (!tiled) return;
    const ids = [...new Set([...needed, ...wanted])].filter(
      (id) => data.idx.indicators.has(id) && !loaded.ids.has(id) && !pending.current.has(id) && !failed.current.has(id),
    );
    for (const id of ids) {
      pending.current.add(id);
      tiled.loadIndicator(id).then(
        (series) => {
          pending.current.delete(id);
          setLoaded((prev) => ({ ids: new Set([...prev.ids, id]), series: [...prev.series, ...series] }));
        },
        (e: unknown) => {
          pending.current.delete(id);
          failed.current.add(id);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    }
  }, [tiled, key, loaded.ids, data.idx]);
  const idx = useMemo(
    () => (tiled && loaded.series.length > 0 ? withColumnar(data.idx, loaded.series) : data.idx),
    [tiled, data.idx, loaded.series],
  );
  const ready = !tiled || needed.every((id) => loaded.ids.has(id) || failed.current.has(id) || !data.idx.indicators.has(id));
  return { idx, ready, error };
}
