// Which format a user's file is in: the extension decides CSV or GeoJSON; for CSV the header line decides tidy or
// StatLine, and a header that only matches with another delimiter is refused with the delimiter named.
import { InputError } from '../lib/errors';
import { STATS_COLUMNS } from '../lib/stats';
import { headerCells, stripBom } from './csv';
import { CBS_KEY, isStatlineRegion } from './formats/statline-columns';
import type { InputFormat } from './types';

const EXTENSIONS: Record<string, 'csv' | 'json'> = { '.csv': 'csv', '.geojson': 'json', '.json': 'json' };
const DELIMITER_NAMES: Record<string, string> = { ',': 'komma', ';': 'puntkomma', '\t': 'tab' };

/** Decide the format from the extension and, for CSV, the header line; rejects a CSV with the wrong delimiter. */
export function detectFormat(fileName: string, text: string): InputFormat {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const family = EXTENSIONS[ext];
  if (!family) {
    throw new InputError([
      {
        file: fileName,
        message: `bestandstype '${ext || '(geen extensie)'}' wordt niet ondersteund; lever CSV (.csv) of GeoJSON (.geojson/.json). Een Excel-bestand eerst opslaan als CSV.`,
      },
    ]);
  }
  if (stripBom(text).trim() === '') throw new InputError([{ file: fileName, message: 'het bestand is leeg' }]);
  if (family === 'json') return 'geojson';

  const header =
    stripBom(text)
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  const tidyScore = (d: string) => headerCells(header, d).filter((c) => (STATS_COLUMNS as readonly string[]).includes(c)).length;
  const statline = (d: string) => headerCells(header, d).some(isStatlineRegion);
  const wrong = (expected: string, found: string, what: string): never => {
    throw new InputError([
      {
        file: fileName,
        row: 1,
        message: `verkeerd scheidingsteken: ${what} gebruikt de ${DELIMITER_NAMES[expected]} (${expected}), dit bestand de ${DELIMITER_NAMES[found]}`,
      },
    ]);
  };
  if (tidyScore(',') >= 3) return 'tidy';
  for (const d of [';', '\t']) if (tidyScore(d) >= 3) wrong(',', d, 'het projectformaat (area_code, area_name, …)');
  if (statline(';')) return 'statline';
  for (const d of [',', '\t']) if (statline(d)) wrong(';', d, 'een StatLine-download');
  // A ;-separated header with CBS keys (Name_12) is a StatLine file without its region column.
  if (headerCells(header, ';').some((c) => CBS_KEY.test(c))) {
    throw new InputError([
      {
        file: fileName,
        row: 1,
        column: 'WijkenEnBuurten',
        message: 'StatLine-bestand zonder gebiedskolom: verwacht WijkenEnBuurten, RegioS of Codering_3',
      },
    ]);
  }
  throw new InputError([
    {
      file: fileName,
      row: 1,
      message: `onbekend CSV-formaat: verwacht de kolommen ${STATS_COLUMNS.join(', ')} (komma-gescheiden) of een StatLine-download (puntkomma-gescheiden, met WijkenEnBuurten)`,
    },
  ]);
}
