import { type KeyboardEvent, lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AreaLevel, CatalogueEntry } from '../../core/contracts/data';
import { CLASSIFICATION_METHODS, type ClassificationMethod, METHOD_LABELS } from '../lib/classify';
import { compareNl } from '../lib/collate';
import { type DataIndex, subgroupLabel, subgroupsFor, yearsFor } from '../lib/data';
import { LEVEL_NAMES } from '../lib/levels';
import { indicatorCount } from '../lib/plural';
import { RATE_UNIT, rateYears } from '../lib/rates';
import { emptyMessage, joinDutch, PER_LEVEL, type SearchHit, searchIndicators, whereText } from '../lib/search';
import { type AppState, VIEW_LEVELS, type ViewLevel } from '../state/app-state';
import './explain.css';
import { useAfterFirstMap } from '../app/useAfterFirstMap';

// The explanation opens on demand: its code loads once the first map is on screen.
const IndicatorInfo = lazy(() => import('./IndicatorInfo').then((m) => ({ default: m.IndicatorInfo })));

interface Props {
  idx: DataIndex;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  /** The user is about to make this change (an option highlighted, pointed at or pressed): its data can load now. */
  onIntent?: (patch: Partial<AppState>) => void;
}

interface OptionGroup {
  key: string;
  label: string;
  hits: SearchHit[];
}

/** Words to suggest when a search finds nothing: everyday words from the synonyms that do find something. */
const SUGGESTIONS = ['armoede', 'ouderen', 'gezondheid', 'eenzaam', 'wonen'];

/** What picking a hit changes: the indicator, and the level when it is not at the current one. */
const patchOf = (hit: SearchHit): Partial<AppState> =>
  hit.atLevel ? { indicator: hit.entry.id } : { indicator: hit.entry.id, level: hit.target as ViewLevel };

/** "de gemeenten in de regio", "de buurten": what the map shows after a switch of level. */
const shownAs = (level: AreaLevel) => (level === 'gemeente' ? 'de gemeenten in de regio' : `de ${LEVEL_NAMES[level].many}`);

export function Controls({ idx, state, update, onIntent }: Props) {
  const id = useId();
  const entry = idx.indicators.get(state.indicator);
  const mapShown = useAfterFirstMap();
  const counts = useMemo(
    () => ({
      wijk: idx.table.areas.filter((a) => a.weert && a.level === 'wijk').length,
      buurt: idx.table.areas.filter((a) => a.weert && a.level === 'buurt').length,
      deelgebied: idx.table.areas.filter((a) => a.weert && a.level === 'deelgebied').length,
      gemeente: idx.table.areas.filter((a) => a.level === 'gemeente').length,
    }),
    // The areas, not the index: an indicator file loaded at national size makes a new index, not new areas.
    [idx.table.areas],
  );
  const levels = useMemo(() => VIEW_LEVELS.filter((l) => counts[l] > 0), [counts]);
  const subgroups = entry ? subgroupsFor(entry, state.level) : [];
  // A count can be shown per 1.000 inwoners in the years that also have the population.
  const yearsOfRate = rateYears(idx, entry, state.level, state.subgroup);
  const years = state.per1000 ? yearsOfRate : entry ? yearsFor(entry, state.level, state.subgroup) : [];

  return (
    <section className="controls" aria-label="Instellingen">
      <fieldset className="segmented">
        <legend>Gebiedsindeling</legend>
        {levels.map((l) => (
          <label key={l} className={state.level === l ? 'active' : ''}>
            <input
              type="radio"
              name={`${id}-level`}
              value={l}
              checked={state.level === l}
              onChange={() => update({ level: l })}
            />
            {LEVEL_NAMES[l].control} ({counts[l]})
          </label>
        ))}
      </fieldset>
      {state.level === 'deelgebied' && idx.catalogue.areaSet && (
        <p className="hint derivation" data-testid="derivation">
          {idx.catalogue.areaSet.derivation}
        </p>
      )}

      <IndicatorCombobox idx={idx} state={state} update={update} onIntent={onIntent} levels={levels} entry={entry} />
      {entry && (
        <p className="hint" data-testid="indicator-description">
          {entry.description}
        </p>
      )}
      {mapShown && (
        <Suspense fallback={null}>
          <IndicatorInfo idx={idx} state={state} />
        </Suspense>
      )}

      {subgroups.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-subgroup`}>Leeftijdsgroep</label>
          <select id={`${id}-subgroup`} value={state.subgroup} onChange={(e) => update({ subgroup: e.target.value })}>
            {subgroups.map((g) => (
              <option key={g} value={g}>
                {subgroupLabel(g)}
              </option>
            ))}
          </select>
        </div>
      )}

      {yearsOfRate.length > 0 && (
        <div className="field rate-toggle">
          <label>
            <input
              type="checkbox"
              checked={state.per1000}
              onChange={(e) =>
                update(
                  e.target.checked
                    ? { per1000: true, ...(yearsOfRate.includes(state.year) ? {} : { year: yearsOfRate.at(-1) as number }) }
                    : { per1000: false },
                )
              }
              aria-describedby={`${id}-rate-hint`}
              data-testid="per1000-toggle"
            />{' '}
            {RATE_UNIT}
          </label>
          <p className="hint" id={`${id}-rate-hint`}>
            {state.per1000
              ? `Eigen berekening, geen cijfer van ${entry?.source.publisher.split(' – ')[0]}: het aantal gedeeld door het aantal inwoners van hetzelfde gebied en jaar, × 1.000. Is een van beide afgeschermd, dan is het cijfer dat ook.`
              : `Kaart, tabel en export tonen dan het aantal per 1.000 inwoners (eigen berekening; voor ${joinDutch(yearsOfRate.map(String))}).`}
          </p>
        </div>
      )}

      <fieldset className="segmented years">
        <legend>Jaar</legend>
        {years.map((y) => (
          <label key={y} className={state.year === y ? 'active' : ''}>
            <input type="radio" name={`${id}-year`} value={y} checked={state.year === y} onChange={() => update({ year: y })} />
            {y}
          </label>
        ))}
      </fieldset>

      {years.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-compare`}>Verandering tonen ten opzichte van</label>
          <select
            id={`${id}-compare`}
            value={state.compareYear ?? ''}
            onChange={(e) => update({ compareYear: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">geen (toon de stand in {state.year})</option>
            {years
              .filter((y) => y !== state.year)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </div>
      )}

      <div className="field">
        <label htmlFor={`${id}-method`}>Klassenindeling</label>
        <select
          id={`${id}-method`}
          value={state.method}
          disabled={state.compareYear !== null}
          onChange={(e) => update({ method: e.target.value as ClassificationMethod })}
        >
          {CLASSIFICATION_METHODS.map((m) => (
            <option key={m} value={m}>
              {METHOD_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

interface ComboboxProps extends Props {
  levels: ViewLevel[];
  entry: CatalogueEntry | undefined;
}

/**
 * One box to find and pick an indicator (ARIA 1.2 combobox with a listbox): typing searches every level and the
 * everyday words of layers/synonyms.json; an indicator that does not exist at the current level says where it does
 * and picking it switches the map to that level. Down/Up move, Enter picks, Escape closes (and then clears).
 */
function IndicatorCombobox({ idx, state, update, onIntent, levels, entry }: ComboboxProps) {
  const id = useId();
  const inputId = `${id}-indicator`;
  const listId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const optionId = (indicator: string) => `${id}-opt-${indicator}`;
  /** null: not typing, the box shows the current indicator and the list offers everything at this level. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** The last pick that switched level, so the status line can say why the map changed. */
  const inputRef = useRef<HTMLInputElement>(null);
  /** After a pick the box shows the new name, selected, so typing starts a new search. */
  const [selectAfterPick, setSelectAfterPick] = useState(0);
  useEffect(() => {
    if (selectAfterPick > 0 && document.activeElement === inputRef.current) inputRef.current?.select();
  }, [selectAfterPick]);
  const [moved, setMoved] = useState<{ indicator: string; label: string; from: AreaLevel; to: AreaLevel } | null>(null);

  const searching = query !== null && query.trim() !== '';
  const result = useMemo(
    () => searchIndicators(idx.catalogue, searching ? query : '', { level: state.level, levels }),
    [idx.catalogue, query, searching, state.level, levels],
  );
  const groups = useMemo((): OptionGroup[] => {
    if (searching) {
      return [
        { key: 'here', label: `Per ${PER_LEVEL[state.level]}`, hits: result.hits.filter((h) => h.atLevel) },
        {
          key: 'elsewhere',
          label: `Niet per ${PER_LEVEL[state.level]}: kiezen wisselt de kaart`,
          hits: result.hits.filter((h) => !h.atLevel),
        },
      ].filter((g) => g.hits.length > 0);
    }
    // Browsing: everything at this level, by theme, as the old list did.
    return idx.catalogue.themes
      .map((t) => ({
        key: t.id,
        label: t.label,
        hits: result.hits.filter((h) => h.entry.theme === t.id).sort((a, b) => compareNl(a.entry.label, b.entry.label)),
      }))
      .filter((g) => g.hits.length > 0);
  }, [searching, result, state.level, idx.catalogue.themes]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  // The highlighted option: the one moved to with the arrows, else the best hit while typing.
  const active =
    activeId !== null && flat.some((h) => h.entry.id === activeId) ? activeId : searching ? (flat[0]?.entry.id ?? null) : null;

  // Nothing to show (a search without hits): the list stays closed and the status line says why.
  const expanded = open && flat.length > 0;
  const activeOption = expanded && active ? optionId(active) : undefined;
  // An option that stays highlighted or pointed at for a moment is probably the next pick: its data starts loading
  // (not at once, so sweeping over the list does not fetch every file on the way).
  const intentTimer = useRef(0);
  const hitOf = (indicator: string | null | undefined) => flat.find((h) => h.entry.id === indicator);
  const intend = (indicator: string | null | undefined) => {
    window.clearTimeout(intentTimer.current);
    const hit = hitOf(indicator);
    if (hit && onIntent) intentTimer.current = window.setTimeout(() => onIntent(patchOf(hit)), 60);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: intend is a fresh closure over the same timer
  useEffect(() => {
    if (activeOption) document.getElementById(activeOption)?.scrollIntoView?.({ block: 'nearest' });
    intend(expanded ? active : null);
  }, [activeOption]);

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActiveId(null);
  };

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    // Before the state changes: the file is on its way while the page renders the choice.
    onIntent?.(patchOf(hit));
    close();
    setSelectAfterPick((n) => n + 1);
    setMoved(hit.atLevel ? null : { indicator: hit.entry.id, label: hit.entry.label, from: state.level, to: hit.target });
    update(patchOf(hit));
  };

  const openAt = (which: 'current' | 'first' | 'last') => {
    setOpen(true);
    const current = flat.findIndex((h) => h.entry.id === state.indicator);
    const i = which === 'last' ? flat.length - 1 : which === 'current' && current >= 0 ? current : 0;
    setActiveId(flat[i]?.entry.id ?? null);
  };

  const move = (delta: 1 | -1) => {
    if (flat.length === 0) return;
    const i = flat.findIndex((h) => h.entry.id === active);
    const next = i < 0 ? (delta === 1 ? 0 : flat.length - 1) : Math.min(flat.length - 1, Math.max(0, i + delta));
    setActiveId(flat[next]?.entry.id ?? null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openAt(e.altKey ? 'current' : searching ? 'first' : 'current');
        else if (!e.altKey) move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openAt('last');
        else move(-1);
        break;
      case 'Enter':
        if (open) {
          e.preventDefault();
          pick(flat.find((h) => h.entry.id === active));
        }
        break;
      case 'Escape':
        // Handled here: the profile's own Escape must not also fire while the list is open or a search is typed.
        if (open || query !== null) {
          e.preventDefault();
          e.stopPropagation();
          if (open) {
            setOpen(false);
            setActiveId(null);
          } else setQuery(null);
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const status = (() => {
    if (moved && moved.indicator === state.indicator && moved.to === state.level && !searching)
      return `“${moved.label}” is er niet per ${PER_LEVEL[moved.from]}: de kaart toont nu ${shownAs(moved.to)}.`;
    if (!searching)
      return `${indicatorCount(result.atLevel)} per ${PER_LEVEL[state.level]}; typ om te zoeken, ook op andere niveaus.`;
    if (result.hits.length === 0) return emptyMessage(query ?? '', SUGGESTIONS);
    const where = `${indicatorCount(result.atLevel)} per ${PER_LEVEL[state.level]}${
      result.elsewhere > 0 ? `, ${indicatorCount(result.elsewhere)} alleen op een ander niveau` : ''
    }.`;
    const also = result.expansions.flatMap((x) => x.terms);
    return also.length > 0 ? `${where} Ook gezocht op: ${joinDutch([...new Set(also)].slice(0, 6))}.` : where;
  })();

  return (
    <div className="field combobox" data-testid="indicator-combobox">
      <label id={`${id}-label`} htmlFor={inputId}>
        Indicator
      </label>
      <div className="combobox-box">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption}
          aria-describedby={statusId}
          autoComplete="off"
          spellCheck={false}
          placeholder="Typ om te zoeken, bijv. armoede, eenzaam, huisarts"
          value={query ?? entry?.label ?? ''}
          data-indicator={state.indicator}
          onChange={(e) => {
            setQuery(e.target.value);
            setActiveId(null);
            setMoved(null);
            setOpen(true);
          }}
          onFocus={(e) => e.target.select()}
          onClick={() => !open && openAt('current')}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          tabIndex={-1}
          className="combobox-toggle"
          aria-label="Lijst met indicatoren"
          aria-expanded={expanded}
          aria-controls={listId}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (open) close();
            else {
              inputRef.current?.focus();
              openAt('current');
            }
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <div
        id={listId}
        role="listbox"
        aria-labelledby={`${id}-label`}
        className="combobox-list"
        hidden={!expanded}
        onMouseDown={(e) => e.preventDefault()}
        onPointerOver={(e) => intend((e.target as HTMLElement).closest<HTMLElement>('[data-value]')?.dataset.value)}
        onPointerDown={(e) => {
          const hit = hitOf((e.target as HTMLElement).closest<HTMLElement>('[data-value]')?.dataset.value);
          if (hit) onIntent?.(patchOf(hit));
        }}
      >
        {expanded &&
          groups.map((g) => (
            // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (no native element for that)
            <div key={g.key} role="group" aria-label={g.label} className="combobox-group">
              <div className="combobox-group-label" aria-hidden="true">
                {g.label}
              </div>
              {g.hits.map((h) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: options never take focus; the combobox input handles the keys (ARIA 1.2 combobox pattern)
                <div
                  key={h.entry.id}
                  id={optionId(h.entry.id)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={h.entry.id === active}
                  data-value={h.entry.id}
                  className={`combobox-option${h.entry.id === active ? ' active' : ''}${h.entry.id === state.indicator ? ' current' : ''}`}
                  onClick={() => pick(h)}
                >
                  {h.entry.label}
                  {!h.atLevel && <span className="combobox-where"> — {whereText(h, state.level)} — tonen?</span>}
                </div>
              ))}
            </div>
          ))}
      </div>
      <p id={statusId} className="hint" aria-live="polite" data-testid="indicator-search-status">
        {status}
      </p>
    </div>
  );
}
