// Planning: which files an import adds or replaces (source file, sources.json, concept catalogue entries) and what
// the user is told. Pure apart from the existence checks.
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CODE_PATTERNS } from '../../core/codes';
import { InputError, type InputIssue } from '../lib/errors';
import { type PolygonFeature, parsePolygonCollection } from '../lib/geojson';
import type { ImportRequest } from './args';
import { shareInside } from './checks/geometry';
import type { ImportLimits } from './checks/limits';
import { ensureNew, rejectOptions } from './checks/options';
import { parseGeoJsonImport } from './formats/geojson';
import { convertStatline } from './formats/statline';
import { convertTidy } from './formats/tidy';
import type { Project } from './project';
import { decimalsOf, scaffoldIndicator } from './scaffold';
import { formatJson } from './serialise';
import type { ImportRow, Plan } from './types';

/** File names become part of paths in the repo: keep them portable. */
export function safeBaseName(fileName: string): string {
  const base = basename(fileName, extname(fileName))
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '');
  return base || 'import';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function planStats(
  format: 'tidy' | 'statline',
  text: string,
  file: string,
  req: ImportRequest,
  root: string,
  p: Project,
  limits: ImportLimits,
): Plan {
  const rel = `sources/stats/imported/${safeBaseName(file)}.csv`;
  ensureNew(
    root,
    `geodata/${rel}`,
    p.manifest.stats.some((s) => s.file === rel),
    file,
  );
  const { rows, content, tables, indeling, title, keyOf, lines } =
    format === 'tidy' ? convertTidy(text, file, req, p.ctx, limits) : convertStatline(text, file, req, p.ctx, limits);

  const files = new Map<string, string>([[`geodata/${rel}`, content]]);
  const ids = [...new Set(rows.map((r) => r.indicator))];
  const known = ids.filter((id) => p.ctx.units.has(id));
  const fresh = ids.filter((id) => !p.ctx.units.has(id));
  const label = (id: string) => (keyOf.has(id) ? `${id} ← ${keyOf.get(id)}` : id);
  for (const id of fresh) {
    const own = rows.filter((r) => r.indicator === id);
    const config = scaffoldIndicator({
      id,
      key: keyOf.get(id) ?? id,
      unit: (own[0] as ImportRow).unit,
      decimals: decimalsOf(own.map((r) => r.value)),
      tables: req.tabel ? [req.tabel] : [...new Set(own.map((r) => r.sourceTable))],
      publisher: req.bron ?? 'CBS',
      licence: req.licentie,
    });
    files.set(`layers/indicators/${id}.json`, formatJson(config));
  }

  const entry = {
    file: rel,
    title,
    publisher: req.bron ?? 'CBS',
    tables,
    licence: req.licentie,
    ...(indeling !== undefined ? { indeling } : {}),
    ...(req.soort === 'eigen' ? { kind: 'eigen' as const } : {}),
    imported: { date: req.datum ?? today(), from: file },
  };
  files.set('geodata/sources.json', formatJson({ ...p.manifestRaw, stats: [...p.manifestRaw.stats, entry] }));

  lines.push(`Bronbestand: geodata/${rel} (toegevoegd aan geodata/sources.json).`);
  if (known.length > 0) lines.push(`Bestaande indicatoren (${known.length}): ${known.map(label).join(', ')}.`);
  if (fresh.length > 0) {
    lines.push(`Nieuwe indicatoren (${fresh.length}, status concept): ${fresh.map(label).join(', ')}.`);
    lines.push('Vul deze catalogusbestanden aan (label, omschrijving, thema, polariteit, referentieperiode) en zet daarna');
    lines.push('"status" op "definitief":');
    for (const id of fresh) lines.push(`  layers/indicators/${id}.json`);
  }
  return { files, summary: lines, ...(format === 'tidy' ? { verbatim: { rel: `geodata/${rel}`, file } } : {}) };
}

/** An area set divides Weert: at least this share of every polygon's area must lie inside the gemeente. */
export const MIN_SHARE_IN_GEMEENTE = 0.5;

/** Polygons mostly outside the gemeente (another gemeente's file, a shifted export) are refused per feature. */
function outsideGemeente(features: PolygonFeature[], file: string, root: string, p: Project): InputIssue[] {
  const contextRel = p.manifest.boundaries.context;
  const context = parsePolygonCollection(readFileSync(join(root, 'geodata', contextRel), 'utf8'), contextRel);
  const code = p.ctx.gemeente.code;
  const gemeente = context.find((f) => String(f.properties.statcode ?? f.properties.gemeentecode ?? '') === code);
  if (!gemeente) throw new InputError([{ file: contextRel, message: `gemeente ${code} ontbreekt in de contextgrenzen` }]);
  return features.flatMap((f, i) => {
    const share = shareInside(f.geometry, gemeente.geometry);
    if (share >= MIN_SHARE_IN_GEMEENTE) return [];
    const pct = Math.round(share * 100);
    return [
      {
        file,
        row: i + 1,
        column: `features[${i}].geometry`,
        message: `vlak ligt voor ${pct}% in ${p.ctx.gemeente.name} (minstens ${MIN_SHARE_IN_GEMEENTE * 100}% nodig): een gebiedsindeling verdeelt ${p.ctx.gemeente.name}; is dit het bestand van een andere gemeente, of zijn de coördinaten verschoven? (grens: geodata/${contextRel})`,
      },
    ];
  });
}

export function planGeo(text: string, file: string, req: ImportRequest, root: string, p: Project, limits: ImportLimits): Plan {
  rejectOptions(req, file, ['jaar', 'tabel', 'kolommen', 'eenheid', 'indeling', 'eenheid-ok'], 'GeoJSON');
  const geo = parseGeoJsonImport(text, file, limits);
  const base = safeBaseName(file);
  const crs = geo.crs === 'rd' ? 'RD New, omgerekend naar WGS84' : 'WGS84';
  const n = geo.collection.features.length;
  if (geo.kind === 'points') {
    if (!req.bron) {
      throw new InputError([
        { file, column: '--bron', message: 'geef de uitgever van de punten op met --bron (verplicht voor punten)' },
      ]);
    }
    const rel = `sources/points/${base}.geojson`;
    ensureNew(
      root,
      `geodata/${rel}`,
      p.manifest.points.some((s) => s.file === rel),
      file,
    );
    const entry = {
      file: rel,
      title: req.titel ?? file,
      publisher: req.bron,
      licence: req.licentie,
      imported: { date: req.datum ?? today(), from: file },
    };
    const manifest = { ...p.manifestRaw, points: [...(p.manifestRaw.points ?? []), entry] };
    return {
      files: new Map([
        [`geodata/${rel}`, formatJson(geo.collection)],
        ['geodata/sources.json', formatJson(manifest)],
      ]),
      summary: [
        `${file}: ${n} punten ingelezen (${crs}).`,
        `Puntenlaag: geodata/${rel} (toegevoegd aan geodata/sources.json, "points").`,
      ],
    };
  }
  const rel = `sources/areasets/${base}.geojson`;
  ensureNew(root, `geodata/${rel}`, false, file);
  const content = formatJson(geo.collection);
  // The pipeline's own polygon check, so the file is usable as an area set; then the gemeente check.
  const outside = outsideGemeente(parsePolygonCollection(content, file), file, root, p);
  if (outside.length > 0) throw new InputError(outside);
  const codeProperty = dgCodeProperty(geo.collection.features) ?? '<eigenschap met de codes DG01, DG02, …>';
  return {
    files: new Map([[`geodata/${rel}`, content]]),
    summary: [
      `${file}: ${n} vlakken ingelezen (${crs}).`,
      `Vlakken opgeslagen in geodata/${rel}. Dit bestand kan als vlakdefinitie worden gebruikt in layers/areasets/deelgebied.json:`,
      `  "definition": { "kind": "polygons", "file": "${rel}", "codeProperty": "${codeProperty}", "nameProperty": "<eigenschap met de naam>", "weighting": "area" }`,
      'Deze import registreert de vlakken nog niet als gebiedsindeling.',
    ],
  };
}

/** The property holding DG01-style codes in every feature, if any: a hint for the area-set configuration. */
function dgCodeProperty(features: unknown[]): string | undefined {
  const props = features.map(
    (f) => ((f as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>,
  );
  return Object.keys(props[0] ?? {}).find((k) =>
    props.every((p) => typeof p[k] === 'string' && CODE_PATTERNS.deelgebied.test(p[k] as string)),
  );
}
