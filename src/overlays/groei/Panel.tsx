// The growth panel in the sidebar: which scenario, which year (slider with play), the comparison with another
// scenario, growth against a social indicator, the summary with the sociale ruimteclaim, the link with the
// voorzieningen, and the editor.
import { type MutableRefObject, useEffect, useId, useState } from 'react';
import { WEERT_CODE } from '../../../core/codes';
import type { GrowthEdit } from '../../../core/growth/edits';
import type { LoadedData } from '../../data/load';
import { compareNl } from '../../lib/collate';
import { type DataIndex, levelsFor } from '../../lib/data';
import { areaName } from '../../lib/names';
import type { AppState } from '../../state/app-state';
import { Editor } from './Editor';
import type { GrowthView } from './engine';
import { Herkomst } from './Herkomst';
import { HomesChart, metricAt, Summary } from './Summary';
import { type GrowthState, isGrowthId } from './useGrowth';
import { VzEffect } from './VzEffect';

interface Props {
  growth: GrowthState;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  data: LoadedData;
  idx: DataIndex;
  adding: boolean;
  setAdding: (b: boolean) => void;
  redo: MutableRefObject<GrowthEdit[]>;
}

/** Social indicators offered for the bivariate map: shares and rates that exist at the shown level. */
function socialOptions(idx: DataIndex, level: AppState['level']) {
  return idx.catalogue.indicators
    .filter((i) => !isGrowthId(i.id) && i.measure !== 'count' && i.measure !== 'category' && levelsFor(i).includes(level))
    .sort((a, b) => compareNl(a.label, b.label));
}

export function GroeiPanel({ growth, state, update, data, idx, adding, setAdding, redo }: Props) {
  const id = useId();
  const { engine, a: view, error } = growth;
  const [playing, setPlaying] = useState(false);
  const years = view?.effects.years ?? [];
  const onGrowth = isGrowthId(state.indicator);
  // Play: one year a second, from the start when at the end; stops at the last year.
  useEffect(() => {
    if (!playing || !onGrowth || years.length === 0) return;
    const t = setTimeout(() => {
      const i = years.indexOf(state.year);
      const next = i < 0 || i >= years.length - 1 ? undefined : years[i + 1];
      if (next === undefined) setPlaying(false);
      else update({ year: next });
    }, 900);
    return () => clearTimeout(t);
  }, [playing, onGrowth, years, state.year, update]);

  if (error)
    return (
      <section className="overlay-panel" data-testid="gs-panel">
        <h2>Groeiscenario’s</h2>
        <p role="alert" className="legend-warning">
          {error}
        </p>
      </section>
    );
  if (!engine || !view)
    return (
      <section className="overlay-panel" data-testid="gs-panel">
        <h2>Groeiscenario’s</h2>
        <p aria-busy="true">Scenario’s laden…</p>
      </section>
    );

  const { scenario } = view;
  const code = state.selected && view.sums.has(state.selected) ? state.selected : WEERT_CODE;
  const shownName = areaName(idx, code);
  const basePop = engine.file.basis.inwoners[code];
  const year = years.includes(state.year) ? state.year : scenario.doel.eindjaar;
  const buurtLabels = data.geo.views.buurt.labels.map((l) => ({ ...l, name: areaName(idx, l.code) }));
  const buurtPoint = (c: string) => {
    const l = buurtLabels.find((b) => b.code === c);
    return l ? { lon: l.lngLat[0], lat: l.lngLat[1] } : undefined;
  };
  const others = engine.file.scenarios.filter((s) => s.id !== scenario.id);

  return (
    <section className="overlay-panel gs-panel" aria-labelledby={`${id}-h`} data-testid="gs-panel">
      <h2 id={`${id}-h`}>Groeiscenario’s</h2>
      <div className="field">
        <label htmlFor={`${id}-scenario`}>Scenario</label>
        <select
          id={`${id}-scenario`}
          value={state.scenario}
          onChange={(e) => {
            redo.current = [];
            update({ scenario: e.target.value, growthEdits: [] });
          }}
          data-testid="gs-scenario"
        >
          {engine.file.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.naam}
            </option>
          ))}
        </select>
        <p className="hint">{scenario.beschrijving}</p>
        <p className="hint">
          Doel: {scenario.doel.woningen.toLocaleString('nl-NL')} woningen netto tot {scenario.doel.eindjaar}{' '}
          <Herkomst h={scenario.doel.herkomst} compact />
          {scenario.doel.alternatief ? ` Ander eindjaar: ${scenario.doel.alternatief}` : ''}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={scenario.doel.eindjaar === 2037}
            onChange={(e) => {
              redo.current = [];
              const rest = state.growthEdits.filter((x) => x.kind !== 'target');
              update({
                growthEdits: e.target.checked
                  ? [...rest, { kind: 'target', homes: scenario.doel.woningen, endYear: 2037 }]
                  : rest,
              });
            }}
            data-testid="gs-target-2037"
          />{' '}
          Doel al in 2037 (persbericht 2024) in plaats van 2040
        </label>
      </div>

      {onGrowth ? (
        <div className="field gs-year">
          <label htmlFor={`${id}-year`}>
            Jaar: <strong data-testid="gs-year">{year}</strong> (opgeteld vanaf {years[0]})
          </label>
          <div className="gs-year-row">
            <button
              type="button"
              onClick={() => {
                if (!playing && year === years.at(-1)) update({ year: years[0] ?? year });
                setPlaying(!playing);
              }}
              aria-pressed={playing}
              data-testid="gs-play"
            >
              {playing ? 'Pauze' : 'Afspelen'}
            </button>
            <input
              id={`${id}-year`}
              type="range"
              min={years[0]}
              max={years.at(-1)}
              step={1}
              value={year}
              onChange={(e) => update({ year: Number(e.target.value) })}
              data-testid="gs-slider"
            />
          </div>
        </div>
      ) : (
        <p>
          <button
            type="button"
            onClick={() => update({ indicator: 'GS_GROEI', subgroup: 'totaal', year: scenario.doel.eindjaar, method: 'ckmeans' })}
            data-testid="gs-show"
          >
            Toon de groei op de kaart
          </button>
        </p>
      )}

      <details className="gs-compare" open={state.compareScenario !== null}>
        <summary>Vergelijken</summary>
        <div className="field">
          <label htmlFor={`${id}-b`}>Vergelijk met scenario</label>
          <select
            id={`${id}-b`}
            value={state.compareScenario ?? ''}
            onChange={(e) => {
              const b = e.target.value || null;
              update({
                compareScenario: b,
                ...(b ? (state.scenarioDiff ? {} : { view: 'naast' as const }) : { scenarioDiff: false }),
              });
            }}
            data-testid="gs-compare"
          >
            <option value="">geen</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.naam}
              </option>
            ))}
          </select>
        </div>
        {state.compareScenario && (
          <fieldset className="segmented">
            <legend>Hoe</legend>
            <label className={!state.scenarioDiff ? 'active' : ''}>
              <input
                type="radio"
                name={`${id}-how`}
                checked={!state.scenarioDiff}
                onChange={() => update({ scenarioDiff: false, view: 'naast' })}
              />
              Naast elkaar
            </label>
            <label className={state.scenarioDiff ? 'active' : ''}>
              <input
                type="radio"
                name={`${id}-how`}
                checked={state.scenarioDiff}
                onChange={() => update({ scenarioDiff: true, view: 'kaart' })}
                data-testid="gs-diff"
              />
              Verschilkaart
            </label>
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-biv`}>Groei tegen een sociale indicator (bivariate kaart)</label>
          <select
            id={`${id}-biv`}
            value={state.bivariate ?? ''}
            onChange={(e) => update({ bivariate: e.target.value || null })}
            data-testid="gs-bivariate"
          >
            <option value="">geen</option>
            {socialOptions(idx, state.level).map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
      </details>

      {engine.file.basis.prognose && (
        <p className="hint" data-testid="gs-prognose">
          Autonome groei niet meegenomen: de laatste prognose ({engine.file.basis.prognose.titel}) gaf voor{' '}
          {engine.file.basis.prognose.jaar} {engine.file.basis.prognose.prognose.toLocaleString('nl-NL')} inwoners, waargenomen
          zijn er {engine.file.basis.prognose.waargenomen.toLocaleString('nl-NL')} (CBS).{' '}
          {engine.file.basis.prognose.verouderd
            ? 'Die prognose is verouderd en wordt niet gebruikt.'
            : 'Een nieuwere prognose kan als trend worden toegevoegd.'}
        </p>
      )}
      <HomesChart view={view} year={year} />
      <Summary view={view} year={year} code={code} areaName={shownName} basePopulation={basePop} />
      {code === WEERT_CODE && <p className="hint">Klik op een gebied op de kaart voor de cijfers van dat gebied.</p>}
      <details>
        <summary>Voorzieningen: afstand en capaciteit</summary>
        <VzEffect
          view={view}
          year={year}
          buurtPoint={buurtPoint}
          inhabitants={engine.file.basis.inwoners[WEERT_CODE]}
          extra={metricAt(view, WEERT_CODE, 'inwoners', year)}
        />
      </details>
      <Editor
        view={view as GrowthView}
        state={state}
        update={update}
        scenarioIds={engine.file.scenarios.map((s) => s.id)}
        buurten={buurtLabels}
        adding={adding}
        setAdding={setAdding}
        redo={redo}
      />
      <details>
        <summary>Hoe is dit berekend?</summary>
        <p>
          Per locatie en jaar: gebouwde woningen min vervangen woningen, verdeeld over woningtypen volgens de mix. Een deel wordt
          pas het jaar na oplevering bewoond. Bewoners per woning en hun leeftijd volgen uit de bezetting en het leeftijdsprofiel
          naar de leeftijd van de wijk: kinderen komen als een golf enkele jaren na oplevering. Daaruit volgen leerlingen,
          kinderopvang, Wmo-cliënten, huisartsen en sporthallen, en met de normen de vierkante meters. Het huidige aantal inwoners
          komt van het CBS (buurt 2024, wijk en gemeente 2025); een autonome trend is niet meegenomen omdat er geen bruikbare
          prognose is (de Etil-prognose uit 2018 ligt al onder het waargenomen aantal van 2025). Zie
          docs/groeiscenario-methode.md.
        </p>
        <ul>
          {engine.file.attributie.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
