// "Values equal the source": the published indicator table (public/data/indicators.json) is checked against the raw
// stats CSVs listed in geodata/sources.json, independently of the pipeline code: a seeded sample of rows must appear
// with exactly their source value, and the table must hold no value that has no source row.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeIndicatorTable } from '../../core/contracts/indicators-file';
import { isAccessibilityIndicator } from '../../core/distance/accessibility';

const ROOT = join(import.meta.dirname, '../..');
const readJson = (rel: string) => JSON.parse(readFileSync(join(ROOT, rel), 'utf8'));

interface SourceRow {
  file: string;
  area_code: string;
  area_level: string;
  year: string;
  indicator: string;
  value: string;
  subgroup: string;
}
interface Series {
  indicator: string;
  subgroup: string;
  year: number;
  level: string;
  values: Record<string, number>;
  suppressed?: string[];
}
interface TableArea {
  code: string;
  level: string;
  weert: boolean;
}

const table = decodeIndicatorTable(readJson('public/data/indicators.json')) as { areas: TableArea[]; series: Series[] };
// Deelgebied series are derived by the pipeline (aggregated from buurten), not read from a source row: the checks below
// are about source values, so they look at the CBS levels only. The VZ_* accessibility series are computed by the
// pipeline too (core/distance/accessibility.ts) and have no source rows.
const sourceSeries = table.series.filter((s) => s.level !== 'deelgebied' && !isAccessibilityIndicator(s.indicator));
const catalogued = new Set((readJson('public/data/catalogue.json').indicators as { id: string }[]).map((i) => i.id));
const statFiles = (readJson('geodata/sources.json').stats as { file: string }[]).map((s) => s.file);

// Only catalogued indicators are published; the rest is deliberately left out of the table.
const sourceRows: SourceRow[] = statFiles.flatMap((file) => {
  const text = readFileSync(join(ROOT, 'geodata', file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Omit<SourceRow, 'file'>>(text, { header: true, skipEmptyLines: 'greedy' });
  return parsed.data.filter((r) => catalogued.has(r.indicator)).map((r) => ({ ...r, file }));
});

// CBS conventions for "no data" (secret or missing): these rows must never become a number, not even 0.
const NO_DATA = new Set(['', '.', '-', 'x', '?']);
const NO_DATA_SENTINELS = new Set([-99997, -99999997, -99999998, -99999999]);
const isMissing = (v: string) => NO_DATA.has(v.trim()) || NO_DATA_SENTINELS.has(Number(v));

const seriesKey = (indicator: string, subgroup: string, year: number | string, level: string) =>
  `${indicator}|${subgroup}|${year}|${level}`;
const seriesByKey = new Map(sourceSeries.map((s) => [seriesKey(s.indicator, s.subgroup, s.year, s.level), s]));
const lookup = (r: SourceRow) => seriesByKey.get(seriesKey(r.indicator, r.subgroup, r.year, r.area_level))?.values[r.area_code];
/** Withheld in the public build (publication profile): absent from values, listed as suppressed. */
const isSuppressed = (r: SourceRow) =>
  seriesByKey.get(seriesKey(r.indicator, r.subgroup, r.year, r.area_level))?.suppressed?.includes(r.area_code) ?? false;

/** mulberry32: tiny seeded PRNG, so the sample is the same on every run and a failure is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct items from xs (partial Fisher–Yates on a copy). */
function sample<T>(xs: T[], k: number, rand: () => number): T[] {
  const a = [...xs];
  const n = Math.min(k, a.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, n);
}

describe('indicators.json equals the source CSVs', () => {
  it('every stats file contributes catalogued rows (otherwise the sample below cannot cover it)', () => {
    const perFile = new Set(sourceRows.map((r) => r.file));
    expect(statFiles.filter((f) => !perFile.has(f))).toEqual([]);
  });

  it('a seeded sample of ≥ 250 source rows, spread over all files, has exactly the source value', () => {
    const rand = mulberry32(20240601);
    // Proportional to file size, with a floor per file so small files are sampled too.
    const TARGET = 400;
    const picked = statFiles.flatMap((file) => {
      const rows = sourceRows.filter((r) => r.file === file);
      return sample(rows, Math.max(25, Math.ceil((TARGET * rows.length) / sourceRows.length)), rand);
    });
    expect(picked.length).toBeGreaterThanOrEqual(250);
    expect(new Set(picked.map((r) => r.file)).size).toBe(statFiles.length);

    const wrong = picked.flatMap((r) => {
      const expected = isMissing(r.value) ? undefined : Number(r.value);
      const got = lookup(r);
      if (got === undefined && isSuppressed(r)) return [];
      return Object.is(got, expected)
        ? []
        : [`${r.file}: ${r.area_code} ${r.indicator} ${r.year} ${r.subgroup}: ${got} ≠ ${r.value}`];
    });
    expect(wrong).toEqual([]);
  });

  it('holds no value without a source row: #values == #catalogued non-missing source rows', () => {
    const present = sourceRows.filter((r) => !isMissing(r.value));
    const keys = new Set(present.map((r) => `${seriesKey(r.indicator, r.subgroup, r.year, r.area_level)}|${r.area_code}`));
    // Each source row is one (area, indicator, year, subgroup): duplicates would make the count meaningless.
    expect(keys.size).toBe(present.length);
    const invented = sourceSeries.flatMap((s) =>
      Object.keys(s.values)
        .map((code) => `${seriesKey(s.indicator, s.subgroup, s.year, s.level)}|${code}`)
        .filter((k) => !keys.has(k)),
    );
    expect(invented).toEqual([]);
    const valueCount = sourceSeries.reduce((n, s) => n + Object.keys(s.values).length + (s.suppressed?.length ?? 0), 0);
    expect(valueCount).toBe(present.length);
  });

  it('a Weert wijk or buurt without a source row has no value in the table (undefined, not 0)', () => {
    const withSource = new Set(
      sourceRows
        .filter((r) => !isMissing(r.value))
        .map((r) => `${seriesKey(r.indicator, r.subgroup, r.year, r.area_level)}|${r.area_code}`),
    );
    const weert = table.areas.filter((a) => a.weert && (a.level === 'wijk' || a.level === 'buurt'));
    expect(weert.length).toBeGreaterThan(0);
    const filled: string[] = [];
    let gaps = 0;
    for (const s of sourceSeries) {
      for (const a of weert) {
        if (a.level !== s.level || withSource.has(`${seriesKey(s.indicator, s.subgroup, s.year, s.level)}|${a.code}`)) continue;
        gaps++;
        if (s.values[a.code] !== undefined) filled.push(`${s.indicator} ${s.subgroup} ${s.year} ${a.code} = ${s.values[a.code]}`);
      }
    }
    // The real data does have gaps (e.g. buurten without 2017 figures), so this checks something.
    expect(gaps).toBeGreaterThan(0);
    expect(filled).toEqual([]);
  });
});
