// The differencing check (core/disclosure: exact linear algebra over every relation between published cells) run
// the way an attacker would: over the published files, along buurt → wijk → gemeente, buurt → deelgebied and the
// indicator sums. It must find nothing in the committed public/data/, nor when the municipality's own small counts
// are added; and it must find the leaks when secondary suppression is left out (so it can fail at all).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../core/aggregate';
import {
  AggregationConfigSchema,
  AreaSetSchema,
  type IndicatorConfig,
  PublicationConfigSchema,
} from '../../core/contracts/config';
import { CatalogueSchema, type IndicatorTable } from '../../core/contracts/data';
import { decodeIndicatorTable } from '../../core/contracts/indicators-file';
import { hierarchyOf } from '../../core/disclosure/cells';
import type { DisclosureRules } from '../../core/disclosure/relations';
import { recoverableCells } from '../../core/disclosure/secondary';
import { suppressSmallNumbers } from '../../core/suppress';
import { prepare, runPipeline } from '../../geodata/pipeline';
import { publicationHierarchy } from '../../geodata/stages/publication';
import { REPO, readJson, repoCopies } from '../unit/repoCopy';

/** The attacker's rules, from what is public: the data files, and the configuration in the repository. */
function publishedRules(root: string, table: IndicatorTable, catalogueText: string): DisclosureRules {
  const catalogue = CatalogueSchema.parse(JSON.parse(catalogueText));
  const areaSet = AreaSetSchema.parse(readJson(join(root, 'layers/areasets/deelgebied.json')));
  if (areaSet.definition.kind !== 'buurten') throw new Error('this test reads the default (buurten) area set');
  const membership: Membership = Object.fromEntries(
    areaSet.definition.areas.map((a) => [a.code, a.buurten.map((code) => ({ code, fraction: 1 }))]),
  );
  const publication = PublicationConfigSchema.parse(readJson(join(root, 'layers/publication.json')));
  return {
    catalogue: catalogue.indicators,
    aggregation: AggregationConfigSchema.parse(readJson(join(root, 'layers/aggregation.json'))),
    hierarchy: hierarchyOf(table.areas, { membership, mode: 'buurten' }),
    indicatorSums: publication.indicatorSums ?? [],
    indicatorShares: publication.indicatorShares ?? [],
  };
}

function publishedCheck(root: string, files: { indicators: string; catalogue: string }) {
  const table = decodeIndicatorTable(JSON.parse(files.indicators));
  const rules = publishedRules(root, table, files.catalogue);
  const measure = new Map(rules.catalogue.map((c) => [c.id, c.measure]));
  const countCells = table.series
    .filter((s) => measure.get(s.indicator) === 'count')
    .reduce((n, s) => n + (s.suppressed?.length ?? 0), 0);
  return { table, rules, recoverable: recoverableCells(table.series, rules), countCells };
}

/** Stages 1–4 and only the primary rule: what the pipeline published before secondary suppression. */
function primaryOnly(root: string) {
  const { publication: p } = prepare({ geodataDir: join(root, 'geodata'), layersDir: join(root, 'layers') });
  const series = suppressSmallNumbers(p.series, p.indicators, p.publication, p.aggregation).series;
  const rules = {
    catalogue: p.indicators,
    aggregation: p.aggregation,
    hierarchy: publicationHierarchy(p),
    indicatorSums: p.publication.indicatorSums ?? [],
    indicatorShares: p.publication.indicatorShares ?? [],
  };
  return recoverableCells(series, rules);
}

describe('differencing check over the default public data', () => {
  const read = (name: string) => readFileSync(join(REPO, 'public/data', name), 'utf8');
  const files = { indicators: read('indicators.json'), catalogue: read('catalogue.json') };

  it('finds 0 recoverable withheld values at any level in the committed public/data/', () => {
    const r = publishedCheck(REPO, files);
    // There is something to protect: withheld counts at buurt level, among them the two small buurten.
    expect(r.countCells).toBeGreaterThan(0);
    const inw = r.table.series.find((s) => s.indicator === 'AANT_INW' && s.year === 2024 && s.level === 'buurt');
    expect(inw?.suppressed).toEqual(expect.arrayContaining(['BU09881402', 'BU09882502']));
    expect(r.recoverable).toEqual([]);
  });

  it('catches the leaks when secondary suppression is switched off', () => {
    const leaks = primaryOnly(REPO);
    // The examples from the issue: a buurt's inhabitants and households = its wijk minus the other buurt.
    expect(leaks).toEqual(expect.arrayContaining(['AANT_INW|totaal|2024|BU09881402', 'AANTAL_HH|totaal|2024|BU09881402']));
  });
});

/** A registration of the municipality's own (kind 'eigen'), with small counts at buurt, wijk and deelgebied level. */
function addOwnCounts(root: string) {
  const codes = readFileSync(join(root, 'geodata/sources/boundaries/weert_wijk_buurt_codes_2024.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  // Deterministic values 0…60; a few small ones, among them the binnenstad (deelgebied 01 on its own) and wijk 12.
  const small: Record<string, number> = { BU09881101: 2, BU09881201: 3, BU09880101: 4, BU09882301: 1, BU09883301: 3 };
  const value = (code: string, i: number) => small[code] ?? (i % 7 === 3 ? 0 : 5 + ((i * 37) % 56));
  const rows: string[] = [];
  const wijk = new Map<string, { name: string; sum: number }>();
  let total = 0;
  codes.forEach(([gm, gmName, wk, wkName, bu, buName], i) => {
    const v = value(bu as string, i);
    rows.push(`${bu},${buName},buurt,2024,EIGEN_WMO,${v},aantal,totaal,Wmo-registratie,test`);
    const w = wijk.get(wk as string) ?? { name: wkName as string, sum: 0 };
    wijk.set(wk as string, { ...w, sum: w.sum + v });
    total += v;
    if (i === 0) rows.unshift(`${gm},${gmName},gemeente,2024,EIGEN_WMO,{TOTAL},aantal,totaal,Wmo-registratie,test`);
  });
  for (const [code, w] of wijk) rows.push(`${code},${w.name},wijk,2024,EIGEN_WMO,${w.sum},aantal,totaal,Wmo-registratie,test`);
  const header = 'area_code,area_name,area_level,year,indicator,value,unit,subgroup,source_table,source_file';
  writeFileSync(
    join(root, 'geodata/sources/stats/eigen_wmo_2024.csv'),
    `${header}\n${rows.join('\n').replace('{TOTAL}', String(total))}\n`,
  );
  const manifestPath = join(root, 'geodata/sources.json');
  const manifest = readJson(manifestPath);
  manifest.stats.push({
    file: 'sources/stats/eigen_wmo_2024.csv',
    title: 'Wmo-cliënten per buurt en wijk (testgegevens)',
    publisher: 'Gemeente Weert',
    tables: ['Wmo-registratie'],
    licence: 'intern',
    kind: 'eigen',
  });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const entry: IndicatorConfig = {
    version: 1,
    id: 'EIGEN_WMO',
    label: 'Wmo-cliënten',
    description: 'Aantal inwoners met een Wmo-voorziening (eigen registratie van de gemeente; testgegevens).',
    theme: 'maatschappelijke-participatie',
    unit: 'aantal',
    measure: 'count',
    polarity: 'neutral',
    kind: 'inzet',
    decimals: 0,
    source: { publisher: 'Gemeente Weert', tables: ['Wmo-registratie'], licence: 'intern' },
    referencePeriod: 'Stand 1 januari 2024 (testgegevens).',
    status: 'definitief',
  };
  writeFileSync(join(root, 'layers/indicators/EIGEN_WMO.json'), `${JSON.stringify(entry, null, 2)}\n`);
  return small;
}

describe("differencing check with the municipality's own small counts", () => {
  const copies = repoCopies();
  afterAll(() => copies.cleanup());
  const root = copies.copyRepo('ssw-differencing-');
  const small = addOwnCounts(root);
  const { files } = runPipeline({ geodataDir: join(root, 'geodata'), layersDir: join(root, 'layers') });
  const check = publishedCheck(root, {
    indicators: files.get('indicators.json') as string,
    catalogue: files.get('catalogue.json') as string,
  });
  const own = (level: string) =>
    check.table.series.find((s) => s.indicator === 'EIGEN_WMO' && s.level === level && s.own === true);

  it('withholds own counts under 5 at every level, including deelgebied and wijk', () => {
    expect(own('buurt')?.suppressed).toEqual(expect.arrayContaining(Object.keys(small)));
    expect(own('deelgebied')?.suppressed).toContain('DG01'); // the binnenstad is one buurt, with 2
    expect(own('wijk')?.suppressed).toContain('WK098812'); // one buurt, with 3
    for (const level of ['buurt', 'wijk', 'deelgebied', 'gemeente']) {
      for (const v of Object.values(own(level)?.values ?? {})) expect(v === 0 || v >= 5, `${level}: ${v}`).toBe(true);
    }
  });

  it('finds 0 recoverable withheld values, own counts included', () => {
    expect(check.recoverable).toEqual([]);
  });

  it('catches the own counts that leak when secondary suppression is switched off', () => {
    const leaks = primaryOnly(root);
    expect(leaks.filter((l) => l.startsWith('EIGEN_WMO|')).length).toBeGreaterThan(0);
  });
});
