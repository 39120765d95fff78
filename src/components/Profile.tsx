import { useEffect, useRef } from 'react';
import { type DataIndex, levelOfCode, NL_CODE, subgroupLabel, trend, WEERT_CODE } from '../lib/data';
import { formatDifference, formatValue, formatValueParts } from '../lib/format';
import { LEVEL_NAMES } from '../lib/levels';
import { areaName } from '../lib/names';
import { indicatorCount } from '../lib/plural';
import { comparisonOf, comparisons, type Standing, themeSummaries } from '../lib/profile';
import type { AppState } from '../state/app-state';
import { AreaCompare } from './AreaCompare';
import { CompareBars } from './CompareBars';
import { ProfileExport } from './ProfileExport';
import { TrendChart } from './TrendChart';

interface Props {
  idx: DataIndex;
  state: AppState;
  code: string;
  onClose: () => void;
  onPickIndicator: (id: string) => void;
  /** Fit the map to this area (the camera is state: the link then opens zoomed in too). */
  onZoom?: () => void;
  /** Opened by the user (a click or tap), not by a link: bring it into view, also when it sits below the map. */
  openedByUser?: boolean;
  /** Choose (or clear) the second area of the side-by-side comparison (state.compareArea). */
  onCompareArea?: (code: string | null) => void;
}

/** The latest value of the indicator this one is shown beside (e.g. CBS's road distance beside our estimate). */
function compareWith(idx: DataIndex, id: string | undefined, code: string) {
  const entry = id ? idx.indicators.get(id) : undefined;
  if (!entry) return undefined;
  const points = trend(idx, entry, 'totaal', code);
  const last = points[points.length - 1];
  return last ? { entry, year: last.year, value: last.value } : undefined;
}

const STANDING_TEXT: Record<Standing, string> = {
  gunstiger: 'gunstiger dan Weert',
  ongunstiger: 'ongunstiger dan Weert',
  gelijk: 'vergelijkbaar met Weert',
  neutraal: '',
};

export function Profile({ idx, state, code, onClose, onPickIndicator, onZoom, openedByUser = false, onCompareArea }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(openedByUser);
  // Move focus to the profile when the user opens an area; on page load (area from a link) do not scroll away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus when another area is opened
  useEffect(() => {
    heading.current?.focus({ preventScroll: !opened.current });
    opened.current = true;
  }, [code]);
  const entry = idx.indicators.get(state.indicator);
  const area = idx.table.areas.find((a) => a.code === code);
  if (!entry || !area) return null;
  const level = levelOfCode(code);
  const parent = area.parent ? areaName(idx, area.parent) : undefined;
  const name = areaName(idx, code);
  const comps = comparisons(idx, entry.id, state.subgroup, state.year, code);
  const own = comps[0]?.value;
  const ownSuppressed = comps[0]?.suppressed ?? false;
  // By code, not position: when Weert itself is selected it appears only once.
  const weert = comps.find((c) => c.code === WEERT_CODE)?.value;
  const nl = comps.find((c) => c.code === NL_CODE)?.value;
  const lines = [
    { label: name, points: trend(idx, entry, state.subgroup, code), color: '#08519c' },
    { label: 'Weert', points: trend(idx, entry, state.subgroup, WEERT_CODE), color: '#636363', dash: '5 3' },
    { label: 'Nederland', points: trend(idx, entry, state.subgroup, NL_CODE), color: '#d95f0e', dash: '2 2' },
  ].filter((l) => l.points.length > 0);
  const themes = themeSummaries(idx, code);
  const other = compareWith(idx, entry.compareWith, code);
  const fmt = (v: number | undefined) => formatValue(v, entry.unit, entry.decimals);

  return (
    <aside className="profile" aria-labelledby="profile-title" data-testid="profile">
      <div className="profile-head">
        <h2 id="profile-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Gebiedsprofiel sluiten">
          ×
        </button>
      </div>
      <p className="hint">
        {LEVEL_NAMES[level].one}
        {parent ? ` in ${parent}` : ''} · {area.code}
        {onZoom && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onZoom} data-testid="zoom-to-area">
              Zoom naar dit gebied
            </button>
          </>
        )}
      </p>
      <ProfileExport idx={idx} state={state} code={code} />

      <section>
        <h3>
          {entry.label}, {subgroupLabel(state.subgroup).toLowerCase()}, {state.year}
        </h3>
        <dl className="compare">
          <dt>{name}</dt>
          <dd className="big" data-testid="profile-value">
            {ownSuppressed ? (
              'afgeschermd (te weinig inwoners om te tonen)'
            ) : (
              <Figure {...formatValueParts(own, entry.unit, entry.decimals)} />
            )}
          </dd>
          <dt>Gemeente Weert</dt>
          <dd>
            {fmt(weert)}
            {own !== undefined && weert !== undefined && (
              <span className="diff"> (verschil {formatDifference(own - weert, entry.unit, entry.decimals)})</span>
            )}
          </dd>
          <dt>Nederland</dt>
          <dd>{nl === undefined ? 'niet in de bron' : fmt(nl)}</dd>
          {other && (
            <>
              <dt>
                {other.entry.label} ({other.entry.source.publisher.split(' – ')[0]}, {other.year})
              </dt>
              <dd data-testid="profile-compare-with">{formatValue(other.value, other.entry.unit, other.entry.decimals)}</dd>
            </>
          )}
        </dl>
        {other && <p className="hint">Twee cijfers voor hetzelfde, op een andere manier gemaakt: {entry.caveat}</p>}
        <p className="hint">
          Bron: {entry.source.publisher} ({entry.source.tables.join(', ')}), {entry.source.licence}.
        </p>
        <CompareBars
          items={comps}
          unit={entry.unit}
          decimals={entry.decimals}
          caption={`Vergelijking met Weert, de regio Midden-Limburg en Nederland (${state.year})`}
        />
        <TrendChart lines={lines} unit={entry.unit} decimals={entry.decimals} title={`Ontwikkeling van ${entry.label}`} />
      </section>

      <section>
        <h3>Alle thema's ten opzichte van Weert</h3>
        <p className="hint">
          Laatste beschikbare jaar per indicator. Vergelijkbaar (aanname): tot {comparisonOf(idx).percentages.procentpunt}{' '}
          procentpunt verschil bij percentages, tot {comparisonOf(idx).modelschattingen.procentpunt} bij modelschattingen van het
          RIVM, en tot {Math.round(comparisonOf(idx).overig.relatief * 100)}% van de Weerter waarde bij andere cijfers.
        </p>
        {themes
          .filter((t) => t.items.length > 0)
          .map((t) => (
            <details key={t.themeId} className="theme">
              <summary>
                <span>{t.label}</span>
                <span className="theme-score">
                  {t.better} gunstiger · {t.worse} ongunstiger · {indicatorCount(t.items.length)}
                </span>
              </summary>
              <ul>
                {t.items.map((i) => (
                  <li key={i.entry.id} className={`standing-${i.standing}`}>
                    <button type="button" className="link" onClick={() => onPickIndicator(i.entry.id)}>
                      {i.entry.label}
                    </button>{' '}
                    {formatValue(i.value, i.entry.unit, i.entry.decimals)} ({i.year}
                    {i.weert !== undefined ? `; Weert ${formatValue(i.weert, i.entry.unit, i.entry.decimals)}` : ''})
                    {STANDING_TEXT[i.standing] && <span className="standing"> – {STANDING_TEXT[i.standing]}</span>}
                  </li>
                ))}
              </ul>
            </details>
          ))}
      </section>
      {onCompareArea && <AreaCompare idx={idx} code={code} other={state.compareArea} onChange={onCompareArea} />}
    </aside>
  );
}

/** A large figure with its unit in body size: "462,6" stays on one line, "per 1.000 inwoners" wraps after it. */
function Figure({ figure, unit }: { figure: string; unit: string }) {
  return (
    <>
      <span className="figure">{figure}</span>
      {unit && <span className="unit"> {unit}</span>}
    </>
  );
}
