// A scenario saved as JSON: the default scenario it starts from and the edits (the same text as in the share
// link), plus the full scenario for reading. Loading checks every part and explains in Dutch what is wrong;
// nothing changes until the whole file is valid. Pure.
// Before any zod schema runs: no eval probe under the site's Content-Security-Policy.
import { nounCount } from '../../lib/plural';
import '../../noEval';
import { z } from 'zod';
import { ScenarioSchema } from '../../../core/contracts/scenario';
import { formatGrowthEdits, type GrowthEdit, parseGrowthEdits } from '../../../core/growth/edits';
import type { GrowthView } from './engine';

export const SAVED_KIND = 'weert-groeiscenario';
const MAX_BYTES = 2_000_000;

const SavedSchema = z
  .object({
    soort: z.literal(SAVED_KIND),
    versie: z.literal(1),
    scenario: z.string().regex(/^[a-z0-9-]{1,40}$/),
    wijzigingen: z.string().max(8000),
    opgeslagen: z.string().optional(),
    /** The scenario with its edits applied, for reading; not used when loading. */
    volledig: z.unknown().optional(),
  })
  .strict();

export function savedScenario(view: GrowthView, baseId: string, edits: readonly GrowthEdit[], now: Date): string {
  const { scenario } = view;
  const full = {
    version: 1,
    id: `${baseId}-eigen`,
    naam: `${scenario.naam} (gewijzigd)`,
    beschrijving: `${scenario.beschrijving} Met ${nounCount(edits.length, 'wijziging')} in de viewer.`,
    doel: scenario.doel,
    startjaar: scenario.startjaar,
    projecten: scenario.projecten,
  };
  return `${JSON.stringify(
    {
      soort: SAVED_KIND,
      versie: 1,
      scenario: baseId,
      wijzigingen: formatGrowthEdits(edits) ?? '',
      opgeslagen: now.toISOString(),
      volledig: { scenario: ScenarioSchema.parse(full), parameters: view.parameters },
    },
    null,
    1,
  )}\n`;
}

export type LoadResult = { ok: true; scenario: string; edits: GrowthEdit[] } | { ok: false; message: string };

/** @param known the ids of the default scenarios. */
export function parseSavedScenario(text: string, fileName: string, known: readonly string[]): LoadResult {
  if (text.length > MAX_BYTES)
    return { ok: false, message: `${fileName} is te groot (meer dan 2 MB); is dit een opgeslagen scenario?` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = /position (\d+)/.exec((e as Error).message)?.[1];
    return { ok: false, message: `${fileName} is geen geldige JSON${where ? ` (fout rond teken ${where})` : ''}.` };
  }
  const r = SavedSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    const field = i?.path.join('.') || 'bestand';
    const what =
      field === 'soort'
        ? `is geen opgeslagen groeiscenario (veld 'soort' moet '${SAVED_KIND}' zijn)`
        : `heeft een ongeldig veld '${field}'`;
    return { ok: false, message: `${fileName} ${what}.` };
  }
  if (!known.includes(r.data.scenario))
    return {
      ok: false,
      message: `${fileName}: scenario '${r.data.scenario}' bestaat niet in deze viewer (wel: ${known.join(', ')}).`,
    };
  const edits = r.data.wijzigingen === '' ? [] : parseGrowthEdits(r.data.wijzigingen);
  if (!edits)
    return {
      ok: false,
      message: `${fileName}: het veld 'wijzigingen' is ongeldig; elke wijziging moet de vorm hebben van een deellink (bijv. w:laarveld-4:2027:80).`,
    };
  return { ok: true, scenario: r.data.scenario, edits };
}
