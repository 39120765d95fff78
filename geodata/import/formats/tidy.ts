// The project's own tidy long CSV: structure checked, validated with the pipeline's parser and kept verbatim.
import { InputError } from '../../lib/errors';
import { parseStatsCsv, STATS_COLUMNS } from '../../lib/stats';
import type { ImportRequest } from '../args';
import { checkCsvStructure } from '../checks/csv-structure';
import { DEFAULT_LIMITS, type ImportLimits } from '../checks/limits';
import { rejectOptions } from '../checks/options';
import { checkRows } from '../checks/rows';
import type { Converted, ImportContext, ImportRow } from '../types';

/** Only source_file is free text whose cut-off end changes no figure; any other last column needs a line end. */
const lastFieldMatters = (header: readonly string[]) => header.at(-1)?.trim() !== 'source_file';

/** Exactly the project's columns: a second value column ('waarde', 'value_2024') would be ignored without a word. */
function columnIssues(header: readonly string[], file: string) {
  const names = header.map((h) => h.trim());
  const missing = STATS_COLUMNS.filter((c) => !names.includes(c));
  const extra = names.filter((c) => !(STATS_COLUMNS as readonly string[]).includes(c));
  return [
    ...missing.map((c) => ({ file, row: 1, column: c, message: 'verplichte kolom ontbreekt' })),
    ...extra.map((c) => ({
      file,
      row: 1,
      column: c,
      message: `onbekende kolom; het projectformaat heeft precies de kolommen ${STATS_COLUMNS.join(', ')} (één waarde per rij, in value)`,
    })),
  ];
}

/** Validate with the pipeline's own parser, after the structure and a header check that names every wrong column. */
export function parseTidy(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): ImportRow[] {
  const { header } = checkCsvStructure(text, file, { delimiter: ',', lastFieldMatters }, limits);
  const wrong = columnIssues(header, file);
  if (wrong.length > 0) throw new InputError(wrong);
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

export function convertTidy(text: string, file: string, req: ImportRequest, ctx: ImportContext, limits: ImportLimits): Converted {
  rejectOptions(
    req,
    file,
    ['jaar', 'kolommen', 'eenheid'],
    'een bestand in het projectformaat (dat heeft eigen kolommen year en unit)',
  );
  const rows = parseTidy(text, file, limits);
  checkRows(rows, file, ctx, { scaleConfirmed: req['eenheid-ok'] });
  return {
    rows,
    content: text.endsWith('\n') ? text : `${text}\n`, // verbatim, so row numbers in later messages still match
    tables: req.tabel ? [req.tabel] : [...new Set(rows.map((r) => r.sourceTable))],
    ...(req.indeling !== undefined ? { indeling: req.indeling } : {}),
    title: req.titel ?? `Geïmporteerd uit ${file}`,
    keyOf: new Map(),
    lines: [
      `${file}: ${rows.length} rijen ingelezen (projectformaat).`,
      ...(req['eenheid-ok'] ? ['--eenheid-ok: de eenheidscontrole tegen andere jaren is overgeslagen.'] : []),
    ],
  };
}
