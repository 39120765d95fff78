// The area profile's "Vergelijk met een ander gebied": a second area beside the first on every theme, with Weert
// and NL, the difference and a verdict, sortable by largest deviation. The second area is state (URL vergelijkgebied).
import { useId, useMemo, useState } from 'react';
import type { AreaLevel } from '../../core/contracts/data';
import { type CellValue, type CompareRow, type CompareSort, compareAreas, sortRows } from '../lib/compare-areas';
import { type DataIndex, levelOfCode, subgroupLabel } from '../lib/data';
import { formatDifference, formatValue } from '../lib/format';
import { LEVEL_NAMES } from '../lib/levels';
import { areaName } from '../lib/names';

interface Props {
  idx: DataIndex;
  code: string;
  other: string | null;
  onChange: (code: string | null) => void;
}

const LEVELS: AreaLevel[] = ['wijk', 'buurt', 'deelgebied', 'gemeente'];

const VERDICT_TEXT: Record<CompareRow['verdict'], string> = {
  gunstiger: 'gunstiger',
  ongunstiger: 'ongunstiger',
  vergelijkbaar: 'vergelijkbaar',
  neutraal: '',
  onbekend: '',
};

function show(c: CellValue, row: CompareRow): string {
  if (c.kind === 'afgeschermd') return 'afgeschermd';
  if (c.kind === 'geen') return 'geen gegevens';
  return formatValue(c.value, row.entry.unit, row.entry.decimals);
}

export function AreaCompare({ idx, code, other, onChange }: Props) {
  const id = useId();
  const [sort, setSort] = useState<CompareSort>('afwijking');
  const b = other && other !== code && idx.areaName.has(other) ? other : null;
  const rows = useMemo(() => (b ? sortRows(compareAreas(idx, code, b), sort, idx) : []), [idx, code, b, sort]);
  const nameA = areaName(idx, code);
  const nameB = b ? areaName(idx, b) : '';
  const byLevel = LEVELS.map((level) => ({
    level,
    areas: idx.table.areas.filter((a) => a.code !== code && levelOfCode(a.code) === level),
  })).filter((g) => g.areas.length > 0);

  return (
    <section className="area-compare" data-testid="area-compare">
      <h3>Vergelijk met een ander gebied</h3>
      <label htmlFor={`${id}-area`}>Tweede gebied </label>
      <select
        id={`${id}-area`}
        value={b ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid="compare-area-select"
      >
        <option value="">— kies een gebied —</option>
        {byLevel.map((g) => (
          <optgroup key={g.level} label={LEVEL_NAMES[g.level].control}>
            {g.areas.map((a) => (
              <option key={a.code} value={a.code}>
                {areaName(idx, a.code)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {b && (
        <>
          {' '}
          <label htmlFor={`${id}-sort`}>Sorteer op </label>
          <select
            id={`${id}-sort`}
            value={sort}
            onChange={(e) => setSort(e.target.value as CompareSort)}
            data-testid="compare-sort"
          >
            <option value="afwijking">grootste verschil (t.o.v. Weert)</option>
            <option value="thema">thema</option>
          </select>
          <p className="hint">
            Per indicator het laatste jaar met cijfers voor beide gebieden. Het oordeel zegt hoe {nameA} het doet ten opzichte van{' '}
            {nameB}; vergelijkbaar binnen dezelfde drempels (aanname) als hierboven. Sorteren op grootste verschil: het verschil
            gedeeld door de Weerter waarde.
          </p>
          {rows.length === 0 ? (
            <p>Geen indicatoren met cijfers voor beide gebieden.</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            <section className="table-scroll" tabIndex={0} aria-label={`Vergelijking ${nameA} en ${nameB}`}>
              <table className="compare-table" data-testid="compare-table">
                <caption>
                  {nameA} en {nameB} naast Weert en Nederland
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    <th scope="col">{nameA}</th>
                    <th scope="col">{nameB}</th>
                    <th scope="col">Verschil</th>
                    <th scope="col">Weert</th>
                    <th scope="col">Nederland</th>
                    <th scope="col">Oordeel</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.entry.id} data-indicator={r.entry.id}>
                      <th scope="row">
                        {r.entry.label}
                        <span className="hint">
                          {' '}
                          ({r.themeLabel.toLowerCase()}; {subgroupLabel(r.subgroup).toLowerCase()}, {r.year})
                        </span>
                      </th>
                      <td data-col="a">{show(r.a, r)}</td>
                      <td data-col="b">{show(r.b, r)}</td>
                      <td>{r.diff === undefined ? '–' : formatDifference(r.diff, r.entry.unit, r.entry.decimals)}</td>
                      <td>{show(r.weert, r)}</td>
                      <td>{show(r.nl, r)}</td>
                      <td className={`standing-${r.verdict}`}>{VERDICT_TEXT[r.verdict]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </section>
  );
}
