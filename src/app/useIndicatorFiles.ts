// The tiled (national) layout keeps one file per indicator and year: this hook loads the ones in use and adds them
// to the index. In the embedded layout everything is loaded already and the hook returns the index as it is.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnarSeries } from '../../core/contracts/indicators-file';
import type { LoadedData } from '../data/load';
import { type DataIndex, withColumnar } from '../lib/data';
import { fileKey, type IndicatorYear } from '../lib/indicator-files';

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
  prefetch: (file: IndicatorYear) => void;
}

interface Files {
  /** Files (indicator@year) that have arrived (the first map's came with the data), their series in arrival order. */
  ids: Set<string>;
  series: ColumnarSeries[];
  pending: Set<string>;
  /** A file that failed is not asked for again in this session (the notice says so): its message. */
  failed: Map<string, string>;
}

/**
 * @param needed what the map shows now (decides `ready`)
 * @param wanted loaded as well, without holding the map back (the indicator's other years, every indicator for an
 *   open area profile): asked for once the state has stood still for a moment, their arrivals shown together
 */
export function useIndicatorFiles(
  data: LoadedData,
  needed: readonly IndicatorYear[],
  wanted: readonly IndicatorYear[] = [],
): IndicatorFiles {
  const { tiled } = data;
  // Outside React state, and only ever growing: a prefetched file must not re-render the page when it arrives (it
  // would redraw the map for nothing), yet the next render must see it. Renders read it; arrivals the page is
  // waiting for ask for one: at once for the map, gathered for the rest.
  const files = useRef<Files | null>(null);
  files.current ??= {
    ids: new Set(tiled ? [...data.idx.series.values()].map(fileKey) : []),
    series: [],
    pending: new Set(),
    failed: new Map(),
  };
  const f = files.current;
  const waiting = useRef({ map: new Set<string>(), rest: new Set<string>() });
  const [, arrived] = useState(0);
  const later = useRef(0);
  const [error, setError] = useState<string | null>(null);
  const prefetch = useCallback(
    (file: IndicatorYear) => {
      const k = fileKey(file);
      if (!tiled || !data.idx.indicators.has(file.indicator) || f.ids.has(k) || f.pending.has(k) || f.failed.has(k)) return;
      f.pending.add(k);
      const done = () => {
        f.pending.delete(k);
        if (waiting.current.map.has(k)) arrived((n) => n + 1);
        else if (waiting.current.rest.has(k)) {
          window.clearTimeout(later.current);
          // A transition: a click meanwhile is rendered first, this render gives way to it.
          later.current = window.setTimeout(() => startTransition(() => arrived((n) => n + 1)), 100);
        }
      };
      tiled.loadIndicator(file).then(
        (series) => {
          f.ids.add(k);
          f.series.push(...series);
          done();
        },
        (e: unknown) => {
          f.failed.set(k, e instanceof Error ? e.message : String(e));
          done();
        },
      );
    },
    [tiled, data.idx, f],
  );
  const present = (file: IndicatorYear) =>
    f.ids.has(fileKey(file)) || f.failed.has(fileKey(file)) || !data.idx.indicators.has(file.indicator);
  const ready = !tiled || needed.every(present);
  const key = [...needed.map(fileKey), '|', ...wanted.map(fileKey)].join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for needed and wanted
  useEffect(() => {
    waiting.current = { map: new Set(needed.map(fileKey)), rest: new Set(wanted.map(fileKey)) };
    for (const file of needed) prefetch(file);
    // A file that arrived between this render and this effect found nobody waiting: render again for it.
    if (!ready && needed.every(present)) arrived((n) => n + 1);
    // The rest once the page has settled: a quick next choice must not queue behind them (nor be slowed by them).
    const rest = window.setTimeout(() => {
      for (const file of wanted) prefetch(file);
    }, 400);
    return () => window.clearTimeout(rest);
  }, [key, prefetch]);
  useEffect(() => () => window.clearTimeout(later.current), []);
  const failedHere = needed
    .concat(wanted)
    .map(fileKey)
    .find((k) => f.failed.has(k));
  const failure = failedHere === undefined ? null : (f.failed.get(failedHere) as string);
  useEffect(() => {
    if (failure) setError(failure);
  }, [failure]);
  const count = f.series.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: count stands for the series, which only grow
  const idx = useMemo(() => (tiled && count > 0 ? withColumnar(data.idx, f.series) : data.idx), [tiled, data.idx, count]);
  return { idx, ready, error, prefetch };
}
