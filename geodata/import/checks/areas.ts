// Area checks per row: the level may be imported at all, the code is known (gemeente codes from the CBS list, wijken
// and buurten from Weert's code list), and what else the row says about its area agrees with the code.
import { CODE_PREFIX } from '../../../core/codes';
import type { ImportContext, ImportRow } from '../types';

/** Levels the pipeline derives itself: importing them would put a second, unrelated figure next to the derived one. */
function derivedLevelIssue(r: ImportRow): string | undefined {
  if (r.areaLevel !== 'deelgebied') return undefined;
  return `${r.areaCode} is een deelgebied: deelgebieden (en andere gebiedsindelingen in layers/areasets/) worden door de pijplijn uit de buurten berekend en kunnen niet worden ingelezen. Lever de cijfers per buurt.`;
}

function gemeenteIssue(r: ImportRow, ctx: ImportContext): string | undefined {
  if (r.areaLevel !== 'gemeente' || ctx.gemeenten.has(r.areaCode)) return undefined;
  return `onbekende gemeentecode ${r.areaCode}: staat niet in de lijst van CBS-gemeenten (${ctx.gemeentenFile}). Controleer de code (tikfout?); een nieuwe referentiegemeente voegt u eerst aan die lijst toe.`;
}

function wijkBuurtIssue(r: ImportRow, ctx: ImportContext): string | undefined {
  if (r.areaLevel !== 'wijk' && r.areaLevel !== 'buurt') return undefined;
  // Wijk and buurt codes start with the gemeente's four digits.
  const gm = `${CODE_PREFIX.gemeente}${r.areaCode.slice(2, 6)}`;
  if (gm !== ctx.gemeente.code) {
    return `${r.areaLevel} ${r.areaCode} hoort bij gemeente ${gm}; op wijk- en buurtniveau kan alleen ${ctx.gemeente.name} (${ctx.gemeente.code}) worden ingelezen (gemeenterijen van andere gemeenten mogen wel, als referentie)`;
  }
  const known = ctx.areas.get(r.areaCode);
  if (!known || known.level !== r.areaLevel) {
    return `onbekende ${r.areaLevel}code ${r.areaCode}: staat niet in de gebiedsindeling van ${ctx.gemeente.name} (${ctx.areasFile})`;
  }
  return undefined;
}

/** The area of one row: importable level and a known code. */
export function areaIssue(r: ImportRow, ctx: ImportContext): string | undefined {
  return derivedLevelIssue(r) ?? gemeenteIssue(r, ctx) ?? wijkBuurtIssue(r, ctx);
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A row naming another gemeente than its code belongs to has shifted columns or was pasted together: the value may
 * belong to either area, so the row is refused rather than guessed.
 */
export function statedGemeenteIssue(r: ImportRow, ctx: ImportContext): { column: string; message: string } | undefined {
  const stated = r.statedGemeente;
  if (!stated || stated.name.trim() === '' || r.areaLevel === 'land') return undefined;
  const gm = r.areaLevel === 'gemeente' ? r.areaCode : `${CODE_PREFIX.gemeente}${r.areaCode.slice(2, 6)}`;
  const name = gm === ctx.gemeente.code ? ctx.gemeente.name : ctx.gemeenten.get(gm);
  if (name === undefined || norm(name) === norm(stated.name)) return undefined;
  return {
    column: stated.column,
    message: `gemeentenaam '${stated.name.trim()}' past niet bij code ${r.areaCode} (gemeente ${gm} is ${name}): de kolommen van deze rij spreken elkaar tegen`,
  };
}
