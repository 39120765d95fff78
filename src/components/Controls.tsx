import { useId, useMemo, useState } from 'react';
import { CLASSIFICATION_METHODS, type ClassificationMethod, METHOD_LABELS } from '../lib/classify';
import { type DataIndex, levelsFor, subgroupLabel, subgroupsFor, yearsFor } from '../lib/data';
import { LEVEL_NAMES } from '../lib/levels';
import { type AppState, VIEW_LEVELS } from '../state/app-state';

interface Props {
  idx: DataIndex;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
}

export function Controls({ idx, state, update }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const entry = idx.indicators.get(state.indicator);
  const counts = useMemo(
    () => ({
      wijk: idx.table.areas.filter((a) => a.weert && a.level === 'wijk').length,
      buurt: idx.table.areas.filter((a) => a.weert && a.level === 'buurt').length,
      deelgebied: idx.table.areas.filter((a) => a.weert && a.level === 'deelgebied').length,
      gemeente: idx.table.areas.filter((a) => a.level === 'gemeente').length,
    }),
    [idx],
  );
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return idx.catalogue.themes
      .map((t) => ({
        theme: t,
        items: idx.catalogue.indicators
          .filter((i) => i.theme === t.id && levelsFor(i).includes(state.level))
          .filter((i) => !q || `${i.label} ${i.description} ${i.id}`.toLowerCase().includes(q))
          .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
      }))
      .filter((g) => g.items.length > 0);
  }, [idx, query, state.level]);
  const matchCount = groups.reduce((n, g) => n + g.items.length, 0);
  const subgroups = entry ? subgroupsFor(entry, state.level) : [];
  const years = entry ? yearsFor(entry, state.level, state.subgroup) : [];

  return (
    <section className="controls" aria-label="Instellingen">
      <fieldset className="segmented">
        <legend>Gebiedsindeling</legend>
        {VIEW_LEVELS.filter((l) => counts[l] > 0).map((l) => (
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

      <div className="field">
        <label htmlFor={`${id}-search`}>Zoek een indicator</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder="bijv. eenzaam, inkomen, huisarts"
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-count`}
        />
        <span id={`${id}-count`} className="hint" aria-live="polite">
          {matchCount} indicator{matchCount === 1 ? '' : 'en'} per {state.level}
        </span>
      </div>

      <div className="field">
        <label htmlFor={`${id}-indicator`}>Indicator</label>
        <select
          id={`${id}-indicator`}
          value={groups.some((g) => g.items.some((i) => i.id === state.indicator)) ? state.indicator : ''}
          onChange={(e) => e.target.value && update({ indicator: e.target.value })}
        >
          {!groups.some((g) => g.items.some((i) => i.id === state.indicator)) && (
            <option value="">{entry ? `${entry.label} (valt buiten de zoekopdracht)` : 'Kies een indicator'}</option>
          )}
          {groups.map((g) => (
            <optgroup key={g.theme.id} label={g.theme.label}>
              {g.items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {entry && <p className="hint">{entry.description}</p>}
      </div>

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
