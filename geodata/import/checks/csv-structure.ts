// The structure of a CSV, before any value is read: quotes closed, one record per line, as many fields as the
// header, no duplicate column, no endless field, and a line end (or closing quote) after the last record when a cut
// there would change a value. A file cut off anywhere (a download that stopped, a copy that failed) fails one of these.
import Papa from 'papaparse';
import { InputError, type InputIssue } from '../../lib/errors';
import { stripBom } from '../csv';
import { fieldTooLong, type ImportLimits } from './limits';

export interface CsvShape {
  delimiter: string;
  /** True when a record cut off inside its last field would still parse, with a different value. */
  lastFieldMatters: (header: readonly string[]) => boolean;
}

const CUT = 'het bestand lijkt afgebroken of beschadigd (download opnieuw of sla het opnieuw op)';

/** Papa's quote errors in Dutch; the record where the quote opened is the row. */
function quoteIssue(e: Papa.ParseError, file: string): InputIssue {
  const row = (e.row ?? 0) + 1;
  if (e.code === 'MissingQuotes') {
    return { file, row, message: `aanhalingsteken wordt niet gesloten: ${CUT}` };
  }
  return { file, row, message: `ongeldig aanhalingsteken (tekst direct na een afsluitend aanhalingsteken): ${CUT}` };
}

const blank = (rec: readonly string[]) => rec.every((c) => c.trim() === '');

function duplicateColumns(header: readonly string[], file: string): InputIssue[] {
  const seen = new Map<string, number>();
  const issues: InputIssue[] = [];
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      issues.push({
        file,
        row: 1,
        column: name.trim(),
        message: `kolom komt twee keer voor (kolom ${first + 1} en ${i + 1}); welke de juiste waarde heeft is niet te zeggen, dus verwijder er één`,
      });
  });
  return issues;
}

function recordIssue(rec: readonly string[], row: number, header: readonly string[], file: string, limits: ImportLimits) {
  if (rec.length !== header.length) {
    return {
      file,
      row,
      message: `rij heeft ${rec.length} velden, de kopregel ${header.length} (scheidingsteken of aanhalingstekens kloppen niet, of ${CUT})`,
    };
  }
  for (const [i, cell] of rec.entries()) {
    const column = header[i]?.trim();
    if (/[\r\n]/.test(cell)) {
      return { file, row, column, message: `veld loopt over meerdere regels (een aanhalingsteken dat te vroeg opent?): ${CUT}` };
    }
    const long = fieldTooLong(cell, limits);
    if (long) return { file, row, column, message: long };
  }
  return undefined;
}

/** Checks the whole structure; returns header and records (index + 1 = spreadsheet row of the header, 2… the data). */
export function checkCsvStructure(text: string, file: string, shape: CsvShape, limits: ImportLimits) {
  const parsed = Papa.parse<string[]>(stripBom(text), { delimiter: shape.delimiter, skipEmptyLines: false });
  const quotes = parsed.errors.filter((e) => e.type === 'Quotes');
  if (quotes.length > 0) throw new InputError([quoteIssue(quotes[0] as Papa.ParseError, file)]);
  const [header = [], ...records] = parsed.data;
  const issues = duplicateColumns(header, file);
  for (const [i, cell] of header.entries()) {
    const long = fieldTooLong(cell, limits);
    if (long) issues.push({ file, row: 1, column: `kolom ${i + 1}`, message: long });
  }
  for (const [i, rec] of records.entries()) {
    if (blank(rec)) continue;
    const issue = recordIssue(rec, i + 2, header, file, limits);
    if (issue) {
      issues.push(issue);
      if (issues.length >= 20) break; // the rest is usually the same problem
    }
  }
  const last = records.findLastIndex((r) => !blank(r));
  // A last field that ends in its closing quote is complete (a cut inside quotes is an unclosed quote, above).
  const openEnd = !/[\r\n"]$/.test(text);
  if (issues.length === 0 && last >= 0 && openEnd && shape.lastFieldMatters(header)) {
    issues.push({
      file,
      row: last + 2,
      column: header.at(-1)?.trim(),
      message: `de laatste regel eindigt niet op een regeleinde: ${CUT}. Is het bestand wel compleet, zet dan een regeleinde (Enter) na de laatste regel.`,
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  return { header, records };
}
