// Command line of `npm run import`: argv → a validated request. Pure; Dutch texts because users read them.

import { basename } from 'node:path';
import { z } from 'zod';
import { yearTextSchema } from '../../core/contracts/codes';
import { FacilityTypeId } from '../../core/contracts/facilities';
import { InputError } from '../lib/errors';
import { dateIssue } from './checks/dates';

export const HELP = `Gebruik: npm run import -- <bestand> [opties]

Leest een nieuw bronbestand in zonder codewijziging, controleert het en werkt public/data/ bij.
Bij een fout verandert er niets en is de afsluitcode 2; de meldingen noemen bestand, rij en kolom.
Er loopt één import tegelijk (een tweede wacht); een onderbroken import wordt bij de volgende afgemaakt.

Bestanden:
  *.csv      het projectformaat (area_code, area_name, area_level, year, indicator, value, unit,
             subgroup, source_table, source_file; komma-gescheiden), of
             een CBS StatLine-download (puntkomma-gescheiden, decimaalkomma, '.' = geheim/ontbreekt)
  *.geojson  punten (voorzieningen, locaties) of vlakken, in WGS84 of RD New (EPSG:28992)
  met --voorziening: een eigen lijst voorzieningen als GeoJSON-punten of als CSV met de kolommen
             naam, adres (optioneel postcode, plaats, locatie_betrouwbaar) en lon/lat (WGS84) of x/y (RD New)

Opties:
  --tabel 85984NED        StatLine-tabelnummer (verplicht voor een StatLine-download)
  --jaar 2024             jaar van de cijfers (verplicht als het bestand geen kolom Perioden heeft)
  --eenheid SLEUTEL=eenh. eenheid van een nieuwe kolom, bv. --eenheid Omgevingsadressendichtheid_121="adressen per km2"
                          (herhaalbaar; bekende indicatoren nemen de eenheid uit layers/indicators/<id>.json)
  --kolommen A_5,B_6      alleen deze kolommen van de StatLine-download inlezen
  --eenheid-ok            waarden die ongeveer 30× of meer afwijken van dezelfde indicator in andere jaren
                          (bv. fracties in plaats van percentages) toch inlezen: alleen als de sprong echt is
  --bron "CBS"            uitgever (standaard CBS; verplicht voor punten)
  --licentie "CC BY 4.0"  licentie (standaard CC BY 4.0)
  --soort eigen           eigen registratie van de gemeente (kleine aantallen < 5 worden publiek onderdrukt);
                          standaard cbs
  --titel "..."           titel voor de bronvermelding (standaard afgeleid van tabel en jaar, of de bestandsnaam)
  --indeling 2024         jaar van de gebiedsindeling (standaard het jaar van de cijfers)
  --datum 2025-01-31      importdatum voor geodata/sources.json (standaard vandaag)
  --voorziening huisarts  lijst voor dit voorzieningstype (layers/facilities/<type>.json): de punten worden
                          toegevoegd aan die van het type (bron standaard "Gemeente Weert")
  --vervang               met --voorziening: de nieuwe lijst vervangt de bestaande punten van het type
  --wegennet              het bestand is een wegennet (GeoJSON-lijnen, bv. een NWB- of OpenStreetMap-export, WGS84
                          of RD New): de afstanden tot voorzieningen worden dan over de weg berekend; een nieuw
                          wegennet vervangt het vorige
  --root <map>            projectmap (standaard deze repository)
  --herstel               alleen een onderbroken import afmaken of terugdraaien (gebeurt ook aan het begin
                          van elke import); zonder bestand
  --help                  deze tekst

Voorbeelden:
  npm run import -- ~/Downloads/85984NED.csv --tabel 85984NED --jaar 2024
  npm run import -- huisartsen_rd.geojson --bron "Gemeente Weert" --titel "Huisartsenpraktijken"
  npm run import -- supermarkten.csv --voorziening supermarkt
  npm run import -- huisartsen_2025.geojson --voorziening huisarts --vervang
  npm run import -- wegen_weert.geojson --wegennet --bron "OpenStreetMap" --titel "OpenStreetMap-wegen Weert 2025" --licentie "ODbL 1.0"

Meer uitleg: geodata/IMPORT.md`;

/** From the command line a year is text; from code (tests) it may be a number: both must be four plain digits. */
const year = (what: string) => z.preprocess((v) => (typeof v === 'number' ? String(v) : v), yearTextSchema(what));

export const ImportRequestSchema = z
  .object({
    file: z.string().min(1, 'geef het bestand op dat ingelezen moet worden'),
    root: z.string().optional(),
    jaar: year('jaar').optional(),
    tabel: z.string().trim().min(3, 'tabelnummer is te kort (bv. 85984NED)').optional(),
    bron: z.string().trim().min(2, 'uitgever is te kort').optional(),
    licentie: z.string().trim().min(2, 'licentie is te kort').default('CC BY 4.0'),
    soort: z
      .string()
      .refine((v) => v === 'cbs' || v === 'eigen', "--soort is 'cbs' of 'eigen'")
      .default('cbs'),
    titel: z.string().trim().min(3, 'titel is te kort').optional(),
    indeling: year('indeling').optional(),
    eenheid: z.record(z.string(), z.string().trim().min(1, 'eenheid is leeg')).default({}),
    kolommen: z.array(z.string().trim().min(1)).min(1).optional(),
    /** Import date (YYYY-MM-DD) recorded in sources.json; today when absent. Tests pin it. */
    datum: z
      .string()
      .superRefine((v, ctx) => {
        const issue = dateIssue(v);
        if (issue) ctx.addIssue({ code: 'custom', message: issue });
      })
      .optional(),
    /** Facility type the file is a list of (layers/facilities/<id>.json). */
    voorziening: FacilityTypeId.optional(),
    /** With voorziening: replace the type's points instead of adding to them. */
    vervang: z.boolean().default(false),
    /** The file is a road network (GeoJSON lines) for the network distances. */
    wegennet: z.boolean().default(false),
    /** The user confirms a series far off the same indicator's other years (a real jump, not a unit error). */
    'eenheid-ok': z.boolean().default(false),
    /** Only finish an interrupted import (CLI); no file is read. */
    herstel: z.boolean().default(false),
  })
  .strict()
  .refine((r) => !r.wegennet || r.voorziening === undefined, {
    message: '--wegennet en --voorziening gaan niet samen: een wegennet is geen voorzieningenlijst',
    path: ['wegennet'],
  })
  .refine((r) => !r.vervang || r.voorziening !== undefined, {
    message: '--vervang geldt alleen samen met --voorziening <type>',
    path: ['vervang'],
  });
export type ImportRequestInput = z.input<typeof ImportRequestSchema>;
export type ImportRequest = z.output<typeof ImportRequestSchema>;

/** Zod issues → InputError naming the option, so a wrong --jaar reads like a wrong cell. */
export function validateRequest(input: ImportRequestInput): ImportRequest {
  const r = ImportRequestSchema.safeParse(input);
  if (r.success) return r.data;
  const file = typeof input.file === 'string' && input.file !== '' ? basename(input.file) : '(opdrachtregel)';
  throw new InputError(
    r.error.issues.map((i) => ({ file, column: i.path.length > 0 ? `--${i.path.join('.')}` : undefined, message: i.message })),
  );
}

const VALUE_OPTIONS = [
  'jaar',
  'tabel',
  'bron',
  'licentie',
  'titel',
  'indeling',
  'eenheid',
  'kolommen',
  'root',
  'datum',
  'soort',
  'voorziening',
] as const;
/** Options without a value. */
const FLAG_OPTIONS = ['vervang', 'wegennet', 'eenheid-ok', 'herstel'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export interface ParsedArgs {
  help: boolean;
  request: ImportRequestInput;
}

/** `--name value`, `--name=value`; --eenheid repeats; the one positional argument is the file. */
export function parseArgv(argv: readonly string[]): ParsedArgs {
  const errors: string[] = [];
  const values: Partial<Record<Exclude<ValueOption, 'eenheid'>, string>> = {};
  const units: Record<string, string> = {};
  const files: string[] = [];
  const flags: { [K in (typeof FLAG_OPTIONS)[number]]?: true } = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const flag = FLAG_OPTIONS.find((f) => f === arg.slice(2));
    if (flag) {
      flags[flag] = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      errors.push(`onbekende optie ${arg} (zie --help)`);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) {
      errors.push(`optie --${name} mist een waarde`);
      continue;
    }
    if (name === 'eenheid') {
      const m = /^([^=]+)=(.+)$/.exec(value);
      if (m) units[(m[1] as string).trim()] = (m[2] as string).trim();
      else errors.push(`--eenheid verwacht SLEUTEL=eenheid, bijvoorbeeld --eenheid AantalInwoners_5=aantal (kreeg '${value}')`);
      continue;
    }
    values[name as Exclude<ValueOption, 'eenheid'>] = value;
  }
  if (files.length > 1) errors.push(`één bestand per keer (kreeg ${files.join(', ')})`);
  const file = files[0] ?? '';
  if (errors.length > 0) {
    throw new InputError(errors.map((message) => ({ file: file ? basename(file) : '(opdrachtregel)', message })));
  }
  const { kolommen, ...rest } = values;
  return {
    help,
    request: {
      file,
      ...rest,
      ...flags,
      ...(Object.keys(units).length > 0 ? { eenheid: units } : {}),
      ...(kolommen !== undefined ? { kolommen: kolommen.split(',').map((k) => k.trim()) } : {}),
    },
  };
}
