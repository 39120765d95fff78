// The tiled (national) layout keeps one file per indicator: this hook loads the ones in use and adds them to the
// index. In the embedded layout everything is loaded already and the hook returns the index as it is.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnarSeries } from '../../core/contracts/indicators-file';
import type { LoadedData } from '../data/load';
import { type DataIndex, withColumnar } from '../lib/data';

export interface IndicatorFiles {
  idx: DataIndex;
  /** Every indicator in `needed` is in `idx` (the map can show the state). */
  ready: boolean;
  /** A Dutch message when a file could not be loaded. */
  error: string | null;
  /**
   * Start loading a file the user is about to choose (pointer resting on it, highlighted with the keys, pressed):
   * it arrives without a render, and the render of the choice itself finds it.
   */
  prefetch: (id: string) => void;
}

interface Files {
  /** Indicators whose file has arrived (the first map's came with the data), and their series in arrival order. */
  ids: Set<string>;
  series: ColumnarSeries[];
  pending: Set<string>;
  /** A file that failed is not asked for again in this session (the notice says so): its message. */
  failed: Map<string, string>;
}

/**
 * @param needed what the map shows now (decides `ready`)
 * @param wanted loaded as well, without holding the map back (e.g. every indicator for an open area profile)
 */
export function useIndicatorFiles(data: LoadedData, needed: readonly string[], wanted: readonly string[] = []): IndicatorFiles {
  const { tiled } = data;
  // Outside React state, and only ever growing: a prefetched file must not re-render the page when it arrives (it
  // would redraw the map for nothing), yet the next render must see it. Renders read it; arrivals the page is
  // waiting for (in `needed` or `wanted`) ask for one.
  const files = useRef<Files | null>(null);
  files.current ??= {
    ids: new Set(tiled ? [...data.idx.series.values()].map((s) => s.indicator) : []),
    series: [],
    pending: new Set(),
    failed: new Map(),
  };
  const f = files.current;
  const waiting = useRef(new Set<string>());
  const [, arrived] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const prefetch = useCallback(
    (id: string) => {
      if (!tiled || !data.idx.indicators.has(id) || f.ids.has(id) || f.pending.has(id) || f.failed.has(id)) return;
      f.pending.add(id);
      tiled.loadIndicator(id).then(
        (series) => {
          f.pending.delete(id);
          f.ids.add(id);
          f.series.push(...series);
          if (waiting.current.has(id)) arrived((n) => n + 1);
        },
        (e: unknown) => {
          f.pending.delete(id);
          f.failed.set(id, e instanceof Error ? e.message : String(e));
          if (waiting.current.has(id)) arrived((n) => n + 1);
        },
      );
    },
    [tiled, data.idx, f],
  );
  const key = [...needed, '|', ...wanted].join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for needed and wanted
  useEffect(() => {
    waiting.current = new Set([...needed, ...wanted]);
    for (const id of waiting.current) prefetch(id);
  }, [key, prefetch]);
  const failedHere = needed.concat(wanted).find((id) => f.failed.has(id));
  const failure = failedHere === undefined ? null : (f.failed.get(failedHere) as string);
  useEffect(() => {
    if (failure) setError(failure);
  }, [failure]);
  const count = f.series.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: count stands for the series, which only grow
  const idx = useMemo(() => (tiled && count > 0 ? withColumnar(data.idx, f.series) : data.idx), [tiled, data.idx, count]);
  const ready = !tiled || needed.every((id) => f.ids.has(id) || f.failed.has(id) || !data.idx.indicators.has(id));
  return { idx, ready, error, prefetch };
}
