// The project's own tidy long CSV: validated with the pipeline's parser and kept verbatim.
import { InputError } from '../../lib/errors';
import { parseStatsCsv, STATS_COLUMNS } from '../../lib/stats';
import type { ImportRequest } from '../args';
import { checkRows, rejectOptions } from '../checks';
import { headerCells, stripBom } from '../csv';
import type { Converted, ImportContext, ImportRow } from '../types';

/** Validate with the pipeline's own parser, after a header check that names every missing column. */
export function parseTidy(text: string, file: string): ImportRow[] {
  const header = headerCells(stripBom(text).split(/\r?\n/)[0] ?? '', ',');
  const missing = STATS_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(missing.map((c) => ({ file, row: 1, column: c, message: 'verplichte kolom ontbreekt' })));
  }
  const rows = parseStatsCsv(text, file);
  if (rows.length === 0) throw new InputError([{ file, row: 2, message: 'het bestand bevat geen gegevensrijen' }]);
  return rows.map((r) => ({
    areaCode: r.areaCode,
    areaName: r.areaName,
    areaLevel: r.areaLevel,
    year: r.year,
    indicator: r.indicator,
    value: r.value,
    valueText: r.value === null ? '.' : String(r.value),
    unit: r.unit,
    subgroup: r.subgroup,
    sourceTable: r.sourceTable,
    sourceFile: file,
    at: { row: r.row, area: 'area_code', value: 'value', unit: 'unit' },
  }));
}

export function convertTidy(text: string, file: string, req: ImportRequest, ctx: ImportContext): Converted {
  rejectOptions(
    req,
    file,
    ['jaar', 'kolommen', 'eenheid'],
    'een bestand in het projectformaat (dat heeft eigen kolommen year en unit)',
  );
  const rows = parseTidy(text, file);
  checkRows(rows, file, ctx);
  return {
    rows,
    content: text.endsWith('\n') ? text : `${text}\n`, // verbatim, so row numbers in later messages still match
    tables: req.tabel ? [req.tabel] : [...new Set(rows.map((r) => r.sourceTable))],
    ...(req.indeling !== undefined ? { indeling: req.indeling } : {}),
    title: req.titel ?? `Geïmporteerd uit ${file}`,
    keyOf: new Map(),
    lines: [`${file}: ${rows.length} rijen ingelezen (projectformaat).`],
  };
}
