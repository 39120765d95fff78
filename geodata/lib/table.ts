// Join validated source rows with the catalogue into the compact indicator table the viewer loads. Pure.
import { availabilityOf } from '../../core/availability';
import type { IndicatorConfig } from '../../core/contracts/config';
import type { Area, CatalogueEntry, IndicatorTable, Series } from '../../core/contracts/data';
import { cmp, levelOrder, sortSeries } from '../../core/series';
import { InputError, type InputIssue } from './errors';
import type { StatRow } from './stats';

export interface TableResult {
  table: IndicatorTable;
  entries: CatalogueEntry[];
  /** Indicators present in the data but not in the catalogue: not published, reported to the user. */
  uncatalogued: string[];
  noDataCount: number;
}

/**
 * @param weertAreas the gemeente's own areas (from the code list); any wijk/buurt code outside it is an error.
 * Reference areas (other gemeenten, NL) are taken from the rows themselves.
 */
export function buildIndicatorTable(
  rows: StatRow[],
  catalogue: IndicatorConfig[],
  weertAreas: Area[],
  indelingByFile: ReadonlyMap<string, number> = new Map(),
  /** Files with the municipality's own registrations: their small counts are suppressed in the public build. */
  ownFiles: ReadonlySet<string> = new Set(),
): TableResult {
  const issues: InputIssue[] = [];
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const areas = new Map(weertAreas.map((a) => [a.code, a]));
  const uncatalogued = new Set<string>();
  const groups = new Map<
    string,
    {
      key: Omit<Series, 'values' | 'source' | 'indeling'>;
      sources: Set<string>;
      indelingen: Set<number | undefined>;
      own: boolean;
      values: Map<string, number>;
    }
  >();
  const firstSeen = new Map<string, StatRow>();
  let noDataCount = 0;

  for (const r of rows) {
    const ind = byId.get(r.indicator);
    if (!ind) {
      uncatalogued.add(r.indicator);
      continue;
    }
    if (!areas.has(r.areaCode)) {
      if (r.areaLevel === 'gemeente' || r.areaLevel === 'land') {
        areas.set(r.areaCode, { code: r.areaCode, name: r.areaName, level: r.areaLevel, weert: false });
      } else {
        issues.push({
          file: r.file,
          row: r.row,
          column: 'area_code',
          message: `onbekende gebiedscode '${r.areaCode}' (niet in de gebiedsindeling van Weert)`,
        });
        continue;
      }
    }
    if (r.unit !== ind.unit) {
      issues.push({
        file: r.file,
        row: r.row,
        column: 'unit',
        message: `eenheid '${r.unit}' wijkt af van de catalogus ('${ind.unit}') voor ${ind.id}`,
      });
      continue;
    }
    const dupKey = `${r.areaCode}|${r.indicator}|${r.year}|${r.subgroup}`;
    const prev = firstSeen.get(dupKey);
    if (prev) {
      issues.push({ file: r.file, row: r.row, message: `dubbele waarde: ook in ${prev.file} rij ${prev.row}` });
      continue;
    }
    firstSeen.set(dupKey, r);
    if (r.value === null) {
      noDataCount++;
      continue;
    }
    const k = `${r.indicator}|${r.subgroup}|${r.year}|${r.areaLevel}`;
    let g = groups.get(k);
    if (!g) {
      g = {
        key: { indicator: r.indicator, subgroup: r.subgroup, year: r.year, level: r.areaLevel },
        sources: new Set(),
        indelingen: new Set(),
        own: false,
        values: new Map(),
      };
      groups.set(k, g);
    }
    g.sources.add(r.sourceTable);
    g.indelingen.add(indelingByFile.get(r.file));
    if (ownFiles.has(r.file)) g.own = true;
    g.values.set(r.areaCode, r.value);
  }
  if (issues.length > 0) throw new InputError(issues);

  const series: Series[] = sortSeries(
    [...groups.values()].map((g) => {
      const indeling = g.indelingen.size === 1 ? [...g.indelingen][0] : undefined;
      return {
        ...g.key,
        source: [...g.sources].sort(cmp).join('; '),
        ...(indeling !== undefined ? { indeling } : {}),
        ...(g.own ? { own: true } : {}),
        values: Object.fromEntries([...g.values.entries()].sort((a, b) => cmp(a[0], b[0]))),
      };
    }),
  );

  const entries = catalogueEntries(catalogue, series);

  const areaList = [...areas.values()].sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || cmp(a.code, b.code));
  return {
    table: { version: 1, areas: areaList, series },
    entries,
    uncatalogued: [...uncatalogued].sort(cmp),
    noDataCount,
  };
}

/** The catalogue as published: each config plus which (level, subgroup) has which years, derived from the data. */
export function catalogueEntries(catalogue: IndicatorConfig[], series: Series[]): CatalogueEntry[] {
  const avail = availabilityOf(series);
  return [...catalogue].sort((a, b) => cmp(a.id, b.id)).map((c) => ({ ...c, availability: avail.get(c.id) ?? [] }));
}
