// "What if" for growth scenarios: edits to a scenario (homes per location and year, mix, parameters, new locations,
// the target), applied in order to a default scenario (their link form is edit-link.ts). Every edited number becomes
// an assumption with the reason "gewijzigd in de viewer", so an edited scenario still says where each figure comes
// from. Pure.
import type { Mix, Param, Parameters, Project, Provenance, Scenario } from '../contracts/scenario';
import type { GrowthEdit, ParamPath } from './edit-link';

export {
  formatGrowthEdits,
  type GrowthEdit,
  MAX_HOMES_PER_YEAR,
  PARAM_PATHS,
  type ParamPath,
  parseGrowthEdits,
} from './edit-link';

export const EDITED: Provenance = { status: 'aanname', reden: 'Gewijzigd in de viewer door de gebruiker.' };

export function paramAt(p: Parameters, path: ParamPath): Param {
  if (path === 'bewoondInOpleverjaar') return p.bewoondInOpleverjaar;
  const [group, key] = path.split('.') as ['bezetting' | 'normen', string];
  return (p[group] as Record<string, Param>)[key] as Param;
}

function withParam(p: Parameters, path: ParamPath, value: number): Parameters {
  const next: Param = { ...paramAt(p, path), waarde: value, herkomst: EDITED };
  if (path === 'bewoondInOpleverjaar') return { ...p, bewoondInOpleverjaar: next };
  const [group, key] = path.split('.') as ['bezetting' | 'normen', string];
  return { ...p, [group]: { ...p[group], [key]: next } };
}

export interface Applied {
  scenario: Scenario;
  parameters: Parameters;
  /** Dutch notes on edits that could not be applied (a location that no longer exists). */
  notices: string[];
}

export function applyGrowthEdits(scenario: Scenario, parameters: Parameters, edits: readonly GrowthEdit[]): Applied {
  let s = scenario;
  let params = parameters;
  const notices: string[] = [];
  const onProject = (id: string, f: (p: Project) => Project) => {
    if (!s.projecten.some((p) => p.id === id)) {
      notices.push(`Wijziging van locatie '${id}' overgeslagen: die locatie bestaat niet in dit scenario.`);
      return;
    }
    s = { ...s, projecten: s.projecten.map((p) => (p.id === id ? f(p) : p)) };
  };
  for (const e of edits) {
    if (e.kind === 'homes') {
      onProject(e.project, (p) => {
        const y = String(e.year);
        const woningenPerJaar = { ...p.woningenPerJaar, [y]: e.homes };
        // Renewal keeps replacing at most what is built.
        const vervangen = p.vervangenPerJaar?.[y];
        const vervangenPerJaar =
          vervangen !== undefined ? { ...p.vervangenPerJaar, [y]: Math.min(vervangen, e.homes) } : p.vervangenPerJaar;
        return { ...p, woningenPerJaar, ...(vervangenPerJaar ? { vervangenPerJaar } : {}), planning: EDITED };
      });
    } else if (e.kind === 'mix') {
      onProject(e.project, (p) => ({ ...p, mix: e.mix, mixHerkomst: EDITED }));
    } else if (e.kind === 'param') {
      params = withParam(params, e.path, e.value);
    } else if (e.kind === 'add') {
      if (s.projecten.some((p) => p.id === e.id)) {
        notices.push(`Nieuwe locatie '${e.id}' overgeslagen: die naam bestaat al.`);
        continue;
      }
      const n = Number(e.id.replace(/\D/g, '')) || s.projecten.length + 1;
      s = {
        ...s,
        projecten: [
          ...s.projecten,
          {
            id: e.id,
            naam: `Nieuwe locatie ${n}`,
            buurt: e.buurt,
            buurtGrondslag: 'punt op de kaart (buurt waarin het punt ligt)',
            punt: [e.lon, e.lat],
            woningenPerJaar: { [String(e.year)]: e.homes },
            mix: { grondgebonden: 0.5, appartement: 0.5, zorg: 0 },
            status: 'zacht',
            soort: 'eigen',
            herkomst: EDITED,
            planning: EDITED,
            mixHerkomst: EDITED,
          },
        ],
      };
    } else {
      s = { ...s, doel: { ...s.doel, woningen: e.homes, eindjaar: e.endYear, herkomst: EDITED } };
    }
  }
  return { scenario: s, parameters: params, notices };
}

/** Mix as whole percentages summing to 100 (how the editor and the link hold it). */
export function normaliseMix(g: number, a: number, z: number): Mix {
  const total = g + a + z;
  if (total <= 0) return { grondgebonden: 1, appartement: 0, zorg: 0 };
  const gp = Math.round((g / total) * 100);
  const ap = Math.min(100 - gp, Math.round((a / total) * 100));
  return { grondgebonden: gp / 100, appartement: ap / 100, zorg: (100 - gp - ap) / 100 };
}
