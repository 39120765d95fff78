// The choropleths a layout shows: the main map, and the second map of "twee jaren" or of two growth scenarios, with
// classes shared by both. Pure derivations (lib/choropleth, lib/bivariate) memoised on what they read.
import { useMemo } from 'react';
import { deriveBivariate } from '../lib/bivariate';
import { type Choropleth, deriveChoropleth } from '../lib/choropleth';
import { type DataIndex, seriesAt } from '../lib/data';
import { otherYear } from '../lib/indicator-files';
import { isGrowthId, type useGrowth } from '../overlays/groei/useGrowth';
import type { AppState } from '../state/app-state';

/** The values of the shown indicator, group, year and level in another index (a second scenario). */
function valuesOf(other: DataIndex, state: AppState, codes: string[]): number[] {
  const s = seriesAt(other, state.indicator, state.subgroup, state.year, state.level, codes);
  return (s?.values ?? []).filter((v): v is number => v !== undefined);
}

export function useShownChoropleths(
  idx: DataIndex,
  idxB: DataIndex | null,
  growth: ReturnType<typeof useGrowth>,
  shown: AppState,
  areaCodes: string[],
) {
  // Two scenarios: side by side (one set of classes) or as a difference map, for a scenario indicator.
  const scenarioB = isGrowthId(shown.indicator) && idxB && growth.b ? { idx: idxB, view: growth.b } : null;
  const diffLabel = scenarioB && growth.a ? `${growth.a.scenario.naam} min ${scenarioB.view.scenario.naam}` : '';
  const sideScenario = shown.view === 'naast' && scenarioB && !shown.scenarioDiff ? scenarioB : null;
  // Side by side: the other year on a second, synchronised map, both classified over both years.
  const sideYear = shown.view === 'naast' && !sideScenario ? otherYear(idx, shown) : null;
  const baseChoropleth = useMemo((): Choropleth => {
    const plain = { ...shown, compareYear: null };
    if (scenarioB && shown.scenarioDiff)
      return deriveChoropleth(idx, plain, areaCodes, { minus: { idx: scenarioB.idx, label: diffLabel } });
    if (sideScenario)
      return deriveChoropleth(idx, plain, areaCodes, { poolValues: valuesOf(sideScenario.idx, shown, areaCodes) });
    if (sideYear !== null) return deriveChoropleth(idx, plain, areaCodes, { poolYears: [sideYear] });
    return deriveChoropleth(idx, shown, areaCodes);
  }, [idx, shown, areaCodes, sideYear, sideScenario, scenarioB, diffLabel]);
  const choropleth = useMemo(
    () =>
      (shown.bivariate && isGrowthId(shown.indicator) && !baseChoropleth.change
        ? deriveBivariate(baseChoropleth, idx, shown.bivariate, areaCodes)
        : null) ?? baseChoropleth,
    [baseChoropleth, idx, shown.bivariate, shown.indicator, areaCodes],
  );
  const sideChoropleth = useMemo(() => {
    if (sideScenario)
      return deriveChoropleth(sideScenario.idx, { ...shown, compareYear: null }, areaCodes, {
        poolValues: valuesOf(idx, shown, areaCodes),
      });
    return sideYear === null
      ? null
      : deriveChoropleth(idx, { ...shown, year: sideYear, compareYear: null }, areaCodes, { poolYears: [shown.year] });
  }, [idx, shown, areaCodes, sideYear, sideScenario]);
  return { choropleth, sideChoropleth, sideYear, sideScenario, scenarioB };
}
