// The growth overlay in the layout: loads the engine (scenarios.json, zod, the model) on first use only, and
// recomputes the shown scenario (and the one compared with it) when the scenario or its edits change.
import { useEffect, useMemo, useState } from 'react';
import type { LoadedData } from '../../data/load';
import type { AppState } from '../../state/app-state';
import type { GrowthEngine, GrowthView } from './engine';

export const isGrowthId = (id: string) => id.startsWith('GS_');

export interface GrowthState {
  engine: GrowthEngine | null;
  error: string | null;
  /** The shown scenario with its edits; null until the engine is loaded. */
  a: GrowthView | null;
  /** The compared scenario (without edits), when one is chosen. */
  b: GrowthView | null;
}

export function useGrowth(data: LoadedData, state: AppState): GrowthState {
  const [engine, setEngine] = useState<GrowthEngine | null>(data.growth ?? null);
  const [error, setError] = useState<string | null>(null);
  const wanted = state.overlay === 'groei' || isGrowthId(state.indicator) || state.bivariate !== null;
  useEffect(() => {
    if (!wanted || engine) return;
    let alive = true;
    import('./engine')
      .then((m) => m.loadEngine(`${import.meta.env.BASE_URL}data/`, data.geo))
      .then(
        (e) => alive && setEngine(e),
        (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      alive = false;
    };
  }, [wanted, engine, data.geo]);
  const a = useMemo(
    () => (engine ? engine.compute(state.scenario, state.growthEdits) : null),
    [engine, state.scenario, state.growthEdits],
  );
  const b = useMemo(
    () => (engine && state.compareScenario ? engine.compute(state.compareScenario, []) : null),
    [engine, state.compareScenario],
  );
  return { engine, error, a, b };
}
