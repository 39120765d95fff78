// Growth model benchmark (not a vitest test): npx tsx tests/bench/growth.ts (also a section of `npm run bench`).
// What a slider in the scenario editor costs: change one parameter, then recompute all effects for Weert for all
// years of the scenario — computeEffects for every project and year, and growthSeries for every GS_* indicator,
// subgroup, level (buurt, wijk, deelgebied, gemeente) and year. Per default scenario, warm, many iterations; the
// target is one frame (< 16 ms). Env: BENCH_GROWTH_RUNS (300 timed iterations), BENCH_GROWTH_WARMUP (50).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Parameters, Scenario, ScenariosFile } from '../../core/contracts/scenario';
import { computeEffects, scenarioYears } from '../../core/growth/effects';
import { type GrowthAreas, growthSeries, wijkOf } from '../../core/growth/indicators';
import { resolveScenario } from '../../core/growth/resolve';
import { loadScenarioConfigs } from '../../geodata/lib/scenarios';
import { median, quantile } from './measure';
import { table, verdict } from './table';

const ROOT = resolve(import.meta.dirname, '../..');
export const GROWTH_TARGET_MS = 16;

const int = (name: string, fallback: number) => Math.max(1, Math.floor(Number(process.env[name] ?? fallback)) || fallback);

/** The areas the app shows growth for: every buurt, its wijk, the deelgebieden and the base population. */
function weertAreas(): GrowthAreas {
  const file = JSON.parse(readFileSync(join(ROOT, 'public/data/scenarios.json'), 'utf8')) as ScenariosFile;
  const buurt = [
    ...new Set([...Object.keys(file.deelgebieden), ...Object.keys(file.basis.inwoners).filter((c) => c.startsWith('BU'))]),
  ].sort();
  return {
    buurt,
    wijk: [...new Set(buurt.map(wijkOf))].sort(),
    deelgebied: [...new Set(Object.values(file.deelgebieden))].sort(),
    deelgebiedOf: file.deelgebieden,
    population: file.basis.inwoners,
  };
}

/** One slider step: a new parameters object with one value changed (as immutable app state would make it). */
function withOccupancy(p: Parameters, waarde: number): Parameters {
  return { ...p, bezetting: { ...p.bezetting, grondgebonden: { ...p.bezetting.grondgebonden, waarde } } };
}

export interface GrowthBenchRow {
  scenario: string;
  projects: number;
  years: number;
  series: number;
  median: number;
  p95: number;
  max: number;
  effectsMedian: number;
  seriesMedian: number;
}

export function growthBench(runs = int('BENCH_GROWTH_RUNS', 300), warmup = int('BENCH_GROWTH_WARMUP', 50)): GrowthBenchRow[] {
  const configs = loadScenarioConfigs(join(ROOT, 'layers'));
  if (!configs) throw new Error('layers/scenarios/ is missing');
  const files = new Map(configs.files.map((f) => [f.id, f]));
  const scenarios: Scenario[] = configs.files.map((f) => resolveScenario(f.id, files));
  const areas = weertAreas();
  const base = configs.parameters.bezetting.grondgebonden.waarde;
  let sink = 0;

  return scenarios.map((s) => {
    const years = scenarioYears(s);
    const total: number[] = [];
    const effects: number[] = [];
    const series: number[] = [];
    let count = 0;
    for (let i = 0; i < warmup + runs; i++) {
      // A slider drag: 2.60, 2.61, … (a different value every step, so nothing can be cached).
      const params = withOccupancy(configs.parameters, base + (i % 50) / 100);
      const t0 = performance.now();
      const e = computeEffects(s, params, years);
      const t1 = performance.now();
      const out = growthSeries(e, areas, s.naam);
      const t2 = performance.now();
      sink += out.length;
      count = out.length;
      if (i < warmup) continue;
      total.push(t2 - t0);
      effects.push(t1 - t0);
      series.push(t2 - t1);
    }
    if (sink < 0) console.log(sink); // keeps the work observable
    return {
      scenario: s.id,
      projects: s.projecten.length,
      years: years.length,
      series: count,
      median: median(total),
      p95: quantile(total, 0.95),
      max: Math.max(...total),
      effectsMedian: median(effects),
      seriesMedian: median(series),
    };
  });
}

/** The report's section (also printed when run on its own). */
export function printGrowthBench(title: string, rows = growthBench()): GrowthBenchRow[] {
  const f = (x: number) => x.toFixed(2);
  const a = weertAreas();
  console.log(
    `${title} (${a.buurt.length} buurten, ${a.wijk.length} wijken, ${a.deelgebied.length} deelgebieden, gemeente; warm; ${int('BENCH_GROWTH_RUNS', 300)} iterations after ${int('BENCH_GROWTH_WARMUP', 50)} warm-up, each with one parameter changed)`,
  );
  console.log(
    table(
      [
        'scenario',
        'projects',
        'years',
        'series',
        'computeEffects ms (median)',
        'growthSeries ms (median)',
        'total ms median',
        'p95',
        'max',
        `target < ${GROWTH_TARGET_MS} ms`,
      ],
      rows.map((r) => [
        r.scenario,
        String(r.projects),
        String(r.years),
        String(r.series),
        f(r.effectsMedian),
        f(r.seriesMedian),
        f(r.median),
        f(r.p95),
        f(r.max),
        verdict(r.p95 < GROWTH_TARGET_MS),
      ]),
    ),
  );
  console.log(`  node ${process.version}; the verdict is on p95`);
  console.log();
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  printGrowthBench('Growth model: change one parameter → all effects and GS_* series for Weert, all years');
