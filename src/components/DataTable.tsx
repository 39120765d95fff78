import { useMemo } from 'react';
import type { Choropleth } from '../lib/choropleth';
import { compareNl } from '../lib/collate';
import { subgroupLabel } from '../lib/data';
import { formatDifference, formatNumber, formatValue } from '../lib/format';
import type { Rate, RateColumn } from '../lib/rates';
import type { TableSort } from '../state/app-state';

interface Props {
  choropleth: Choropleth;
  selected: string | null;
  onSelect: (code: string) => void;
  /** The sort order is state (and so in the link): a shared table opens sorted the same way. */
  sort: TableSort;
  onSort: (s: TableSort) => void;
  /** For a mapped count: the value per 1.000 inwoners (published values only), as an extra column. */
  rates?: RateColumn;
  /** For a mapped rate per 1.000 inwoners: the published count it was computed from, as an extra column. */
  counts?: RateColumn;
}

const showRate = (r: Rate | undefined, decimals = 1) =>
  r?.kind === 'waarde'
    ? formatNumber(r.value, decimals)
    : r?.kind === 'afgeschermd'
      ? 'afgeschermd (te weinig inwoners om te tonen)'
      : 'geen gegevens';

/** The accessible alternative to the map: same values, sortable, operable with the keyboard. */
export function DataTable({ choropleth: c, selected, onSelect, sort, onSort, rates, counts }: Props) {
  const { entry } = c;
  const rows = useMemo(() => {
    const r = [...c.areas];
    const val = (x: (typeof r)[number]) => (sort.key === 'name' ? x.name : sort.key === 'value' ? x.value : x.vsWeert);
    return r.sort((a, b) => {
      const va = val(a);
      const vb = val(b);
      // No-data rows always last, whatever the direction.
      if (va === undefined) return vb === undefined ? 0 : 1;
      if (vb === undefined) return -1;
      if (typeof va === 'string' && typeof vb === 'string') return compareNl(va, vb) * sort.dir;
      return ((va as number) - (vb as number)) * sort.dir;
    });
  }, [c, sort]);

  const suppressed = useMemo(() => new Set(c.suppressed), [c]);
  const show = (r: (typeof rows)[number]) => {
    if (suppressed.has(r.code)) return 'afgeschermd (te weinig inwoners om te tonen)';
    if (r.value === undefined) return 'geen gegevens';
    return c.change ? formatDifference(r.value, entry.unit, entry.decimals) : formatValue(r.value, entry.unit, entry.decimals);
  };
  const header = (key: TableSort['key'], label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button type="button" onClick={() => onSort({ key, dir: active ? (-sort.dir as 1 | -1) : 1 })}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="data-table">
        <caption>
          {c.change ? `Verandering in ${entry.label.toLowerCase()}` : entry.label} per {c.state.level},{' '}
          {subgroupLabel(c.state.subgroup).toLowerCase()}, {c.change ? `${c.change.fromYear}–${c.change.toYear}` : c.state.year}.
          Weert:{' '}
          {c.change && c.weert !== undefined
            ? formatDifference(c.weert, entry.unit, entry.decimals)
            : formatValue(c.weert, entry.unit, entry.decimals)}
          . Bron: {entry.source.publisher}, {c.source}.
          {rates &&
            ' Per 1.000 inwoners: berekend uit de gepubliceerde aantallen en het aantal inwoners van hetzelfde jaar; is een van beide afgeschermd, dan geen cijfer.'}
          {counts && ' Ernaast het gepubliceerde aantal waaruit elk cijfer per 1.000 inwoners is berekend.'}
        </caption>
        <thead>
          <tr>
            {header('name', 'Gebied')}
            {header('value', c.change ? `Verandering ${c.change.fromYear}–${c.change.toYear}` : 'Waarde')}
            {header('diff', 'Verschil met Weert')}
            {rates && <th scope="col">Per 1.000 inwoners ({rates.year})</th>}
            {counts && <th scope="col">Aantal, gepubliceerd ({counts.year})</th>}
            <th scope="col">Klasse op de kaart</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-code={r.code} className={r.code === selected ? 'selected' : ''}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(r.code)} aria-pressed={r.code === selected}>
                  {r.name}
                </button>
              </th>
              <td className={`num ${r.value === undefined ? 'nodata' : ''}`}>{show(r)}</td>
              <td className="num">{r.vsWeert === undefined ? '–' : formatDifference(r.vsWeert, entry.unit, entry.decimals)}</td>
              {rates && (
                <td className="num" data-col="per1000">
                  {showRate(rates.rates.get(r.code))}
                </td>
              )}
              {counts && (
                <td className="num" data-col="count">
                  {showRate(counts.rates.get(r.code), 0)}
                </td>
              )}
              <td>
                <span
                  className={`swatch ${r.value === undefined ? 'nodata' : ''}`}
                  style={{ background: r.color }}
                  aria-hidden="true"
                />
                {r.classIndex === undefined ? 'geen gegevens' : c.legend[r.classIndex]?.label}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
