// The scenario editor: homes per location and year, the mix, the parameters, new locations (map click, or the
// middle of a chosen buurt from the keyboard), undo/redo, save and load as JSON. Every change is an edit in the
// URL: the page's link shares the edited scenario.
import { type MutableRefObject, useId, useRef, useState } from 'react';
import { DWELLING_LABELS, DWELLING_TYPES, type Project } from '../../../core/contracts/scenario';
import {
  type GrowthEdit,
  MAX_HOMES_PER_YEAR,
  normaliseMix,
  PARAM_PATHS,
  type ParamPath,
  paramAt,
} from '../../../core/growth/edits';
import { downloadBlob } from '../../components/download';
import { compareNl } from '../../lib/collate';
import { formatNumber } from '../../lib/format';
import { nounCount } from '../../lib/plural';
import type { AppState } from '../../state/app-state';
import type { GrowthView } from './engine';
import { Herkomst } from './Herkomst';
import { parseSavedScenario, savedScenario } from './saved';

interface Props {
  view: GrowthView;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  scenarioIds: string[];
  buurten: { code: string; name: string; lngLat: [number, number] }[];
  adding: boolean;
  setAdding: (b: boolean) => void;
  redo: MutableRefObject<GrowthEdit[]>;
}

const SOORT_LABEL: Record<Project['soort'], string> = {
  gepubliceerd: 'gepubliceerd aantal',
  toewijzing: 'toewijzing (aanname van de variant)',
  'nog-niet-toegewezen': 'nog niet toegewezen',
  eigen: 'eigen locatie',
};

/** Typing "120" must not leave three edits: a change to the same cell replaces the previous one. */
export function pushEdit(edits: readonly GrowthEdit[], e: GrowthEdit): GrowthEdit[] {
  const last = edits[edits.length - 1];
  const same =
    last &&
    ((e.kind === 'homes' && last.kind === 'homes' && last.project === e.project && last.year === e.year) ||
      (e.kind === 'mix' && last.kind === 'mix' && last.project === e.project) ||
      (e.kind === 'param' && last.kind === 'param' && last.path === e.path) ||
      (e.kind === 'target' && last.kind === 'target'));
  return same ? [...edits.slice(0, -1), e] : [...edits, e];
}

export function nextLocationId(edits: readonly GrowthEdit[]): string {
  const used = edits.flatMap((e) => (e.kind === 'add' ? [Number(e.id.replace('nieuw-', ''))] : []));
  return `nieuw-${Math.max(0, ...used) + 1}`;
}

export function Editor({ view, state, update, scenarioIds, buurten, adding, setAdding, redo }: Props) {
  const id = useId();
  const edits = state.growthEdits;
  const [open, setOpen] = useState<string | null>(null);
  const [buurt, setBuurt] = useState('');
  const [loadMessage, setLoadMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const buurtName = new Map(buurten.map((b) => [b.code, b.name]));
  const edit = (next: GrowthEdit[]) => {
    redo.current = [];
    update({ growthEdits: next });
  };
  const push = (e: GrowthEdit) => edit(pushEdit(edits, e));
  const undo = () => {
    const last = edits[edits.length - 1];
    if (!last) return;
    redo.current = [...redo.current, last];
    update({ growthEdits: edits.slice(0, -1) });
  };
  const redoOne = () => {
    const next = redo.current[redo.current.length - 1];
    if (!next) return;
    redo.current = redo.current.slice(0, -1);
    update({ growthEdits: [...edits, next] });
  };
  const years = view.effects.years;
  const year = years.includes(state.year) ? state.year : (years[0] ?? state.year);
  const homesIn = (p: Project, y: number) => p.woningenPerJaar[String(y)] ?? 0;
  const total = (p: Project) => Object.values(p.woningenPerJaar).reduce((a, b) => a + b, 0);
  const setHomes = (p: Project, y: number, raw: string) => {
    const n = Math.round(Number(raw));
    if (!Number.isFinite(n) || n < 0 || n > MAX_HOMES_PER_YEAR) return;
    push({ kind: 'homes', project: p.id, year: y, homes: n });
  };
  const addInBuurt = () => {
    const b = buurten.find((x) => x.code === buurt);
    if (!b) return;
    edit([
      ...edits,
      { kind: 'add', id: nextLocationId(edits), buurt: b.code, lon: b.lngLat[0], lat: b.lngLat[1], year, homes: 100 },
    ]);
  };
  const save = () => {
    const text = savedScenario(view, state.scenario, edits, new Date());
    downloadBlob(new Blob([text], { type: 'application/json' }), `groeiscenario-${state.scenario}.json`);
  };
  const load = async (file: File) => {
    const r = parseSavedScenario(await file.text(), file.name, scenarioIds);
    if (!r.ok) {
      setLoadMessage({ ok: false, text: r.message });
      return;
    }
    redo.current = [];
    update({ scenario: r.scenario, growthEdits: r.edits });
    setLoadMessage({ ok: true, text: `${file.name} geladen: ${nounCount(r.edits.length, 'wijziging')} op '${r.scenario}'.` });
  };

  return (
    <section className="gs-editor" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Scenario aanpassen (wat als)</h3>
      <div className="whatif-buttons">
        <button type="button" onClick={undo} disabled={edits.length === 0} data-testid="gs-undo">
          Ongedaan maken
        </button>
        <button type="button" onClick={redoOne} disabled={redo.current.length === 0} data-testid="gs-redo">
          Opnieuw
        </button>
        <button type="button" onClick={() => edit([])} disabled={edits.length === 0}>
          Alles terugzetten
        </button>
        <button type="button" onClick={save} data-testid="gs-save">
          Opslaan (JSON)
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="gs-load">
          Laden…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="gs-load-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void load(f);
            e.target.value = '';
          }}
        />
      </div>
      {loadMessage && (
        <p
          role={loadMessage.ok ? 'status' : 'alert'}
          className={loadMessage.ok ? 'hint' : 'legend-warning'}
          data-testid="gs-load-message"
        >
          {loadMessage.text}
        </p>
      )}
      {edits.length > 0 && (
        <p className="hint" role="status" data-testid="gs-edit-count">
          {edits.length} wijziging{edits.length === 1 ? '' : 'en'}; gewijzigde getallen gelden als aanname. De link van deze
          pagina bevat ze.
        </p>
      )}
      {view.notices.map((n) => (
        <p key={n} className="legend-warning">
          {n}
        </p>
      ))}

      <div className="whatif-buttons">
        <button type="button" aria-pressed={adding} onClick={() => setAdding(!adding)} data-testid="gs-add-mode">
          {adding ? 'Klaar met toevoegen' : 'Klik op de kaart om een locatie toe te voegen'}
        </button>
      </div>
      <div className="field inline">
        <label htmlFor={`${id}-buurt`}>Of voeg toe midden in</label>
        <select id={`${id}-buurt`} value={buurt} onChange={(e) => setBuurt(e.target.value)} data-testid="gs-add-buurt">
          <option value="">kies een buurt…</option>
          {[...buurten]
            .sort((a, b) => compareNl(a.name, b.name))
            .map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
        </select>
        <button type="button" onClick={addInBuurt} disabled={!buurt}>
          Toevoegen
        </button>
      </div>

      <table className="effect-table gs-projects" data-testid="gs-projects">
        <caption>Locaties: woningen gebouwd in {year} en in totaal</caption>
        <thead>
          <tr>
            <th scope="col">Locatie</th>
            <th scope="col">{year}</th>
            <th scope="col">Totaal</th>
          </tr>
        </thead>
        <tbody>
          {view.scenario.projecten.map((p) => (
            <ProjectRow
              key={p.id}
              p={p}
              year={year}
              years={years}
              open={open === p.id}
              onToggle={() => setOpen(open === p.id ? null : p.id)}
              buurt={p.buurt ? (buurtName.get(p.buurt) ?? p.buurt) : 'buurt onbekend'}
              homesIn={homesIn}
              total={total(p)}
              setHomes={setHomes}
              setMix={(g, a, z) => push({ kind: 'mix', project: p.id, mix: normaliseMix(g, a, z) })}
            />
          ))}
        </tbody>
      </table>

      <details data-testid="gs-params">
        <summary>Parameters ({PARAM_PATHS.length})</summary>
        <ul className="gs-param-list">
          {PARAM_PATHS.map((path) => (
            <ParamRow key={path} path={path} view={view} onChange={(v) => push({ kind: 'param', path, value: v })} />
          ))}
        </ul>
      </details>
    </section>
  );
}

function ProjectRow(props: {
  p: Project;
  year: number;
  years: number[];
  open: boolean;
  onToggle: () => void;
  buurt: string;
  homesIn: (p: Project, y: number) => number;
  total: number;
  setHomes: (p: Project, y: number, raw: string) => void;
  setMix: (g: number, a: number, z: number) => void;
}) {
  const { p, year } = props;
  const renewal = Object.values(p.vervangenPerJaar ?? {}).some((v) => v > 0);
  const mixPct = DWELLING_TYPES.map((t) => Math.round(p.mix[t] * 100));
  return (
    <>
      <tr data-testid={`gs-project-${p.id}`}>
        <th scope="row">
          <button type="button" className="link-button" aria-expanded={props.open} onClick={props.onToggle}>
            {p.naam}
          </button>
          <span className="hint">
            {' '}
            {props.buurt} · {p.status} · {SOORT_LABEL[p.soort]}
            {renewal ? ' · vervanging' : ''}
          </span>
        </th>
        <td className="num">
          <input
            type="number"
            min={0}
            max={MAX_HOMES_PER_YEAR}
            step={1}
            value={props.homesIn(p, year)}
            aria-label={`Woningen ${p.naam} in ${year}`}
            onChange={(e) => props.setHomes(p, year, e.target.value)}
            data-testid={`gs-homes-${p.id}`}
          />
        </td>
        <td className="num">{formatNumber(props.total, 0)}</td>
      </tr>
      {props.open && (
        <tr className="gs-project-detail">
          <td colSpan={3}>
            <p>
              Aantal: <Herkomst h={p.herkomst} />
            </p>
            <p>
              Planning: <Herkomst h={p.planning} />
            </p>
            <fieldset className="gs-years">
              <legend>Woningen per jaar</legend>
              {props.years.map((y) => (
                <label key={y}>
                  {y}
                  <input
                    type="number"
                    min={0}
                    max={MAX_HOMES_PER_YEAR}
                    value={props.homesIn(p, y)}
                    onChange={(e) => props.setHomes(p, y, e.target.value)}
                  />
                </label>
              ))}
            </fieldset>
            <fieldset className="gs-mix">
              <legend>Woningmix (%)</legend>
              {DWELLING_TYPES.map((t, i) => (
                <label key={t}>
                  {DWELLING_LABELS[t]}
                  <input
                    type="number"
                    min={0}
                    max={100}
                    value={mixPct[i]}
                    onChange={(e) => {
                      const next = rebalance(mixPct, i, Number(e.target.value) || 0);
                      props.setMix(next[0] ?? 0, next[1] ?? 0, next[2] ?? 0);
                    }}
                  />
                </label>
              ))}
              <Herkomst h={p.mixHerkomst} />
            </fieldset>
          </td>
        </tr>
      )}
    </>
  );
}

function ParamRow({ path, view, onChange }: { path: ParamPath; view: GrowthView; onChange: (v: number) => void }) {
  const param = paramAt(view.parameters, path);
  const max = path === 'bewoondInOpleverjaar' || param.eenheid === 'aandeel' ? 1 : undefined;
  return (
    <li data-testid={`gs-param-${path}`}>
      <label>
        {param.label}{' '}
        <input
          type="number"
          min={0}
          max={max}
          step={max ? 0.01 : 'any'}
          value={param.waarde}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v) && v >= 0 && (max === undefined || v <= max)) onChange(v);
          }}
        />{' '}
        {param.eenheid}
      </label>
      <Herkomst h={param.herkomst} />
    </li>
  );
}

/** One share typed, the others take the rest in their current proportion (so the mix keeps adding up to 100). */
export function rebalance(pct: readonly number[], i: number, value: number): number[] {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  const others = pct.map((x, j) => (j === i ? 0 : x));
  const rest = others.reduce((a, b) => a + b, 0);
  const left = 100 - v;
  const out = pct.map((x, j) => (j === i ? v : rest > 0 ? Math.round((x / rest) * left) : 0));
  // Rounding and the all-zero case: the first other share absorbs the difference.
  const first = out.findIndex((_, j) => j !== i);
  out[first] = (out[first] ?? 0) + 100 - out.reduce((a, b) => a + b, 0);
  return out;
}
