import type { TrendPoint } from '../lib/data';
import { formatShort, formatValue } from '../lib/format';
import { trendAxis } from '../lib/trend-axis';

interface Line {
  label: string;
  points: TrendPoint[];
  color: string;
  dash?: string;
}

interface Props {
  lines: Line[];
  unit: string;
  decimals: number;
  title: string;
}

/** Small SVG line chart with a data table fallback (NL Design System: every chart has its table). */
export function TrendChart({ lines, unit, decimals, title }: Props) {
  const all = lines.flatMap((l) => l.points);
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  if (years.length === 0) return <p className="hint">Geen tijdreeks beschikbaar.</p>;
  const W = 300;
  const H = 150;
  const pad = { l: 48, r: 12, t: 10, b: 24 };
  // An axis that does not exaggerate: shares from 0, and a minimum span for tiny differences (see trend-axis.ts).
  const axis = trendAxis(
    all.map((p) => p.value),
    unit,
  );
  const { lo, hi } = axis;
  const y0 = years[0] as number;
  const y1 = years[years.length - 1] as number;
  const x = (y: number) => pad.l + (y1 === y0 ? (W - pad.l - pad.r) / 2 : ((y - y0) / (y1 - y0)) * (W - pad.l - pad.r));
  const y = (v: number) => pad.t + (1 - (v - lo) / (hi - lo)) * (H - pad.t - pad.b);
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: zie de tabel hieronder`}>
        {axis.ticks.map((t) => (
          <g key={t}>
            <line x1={pad.l} x2={W - pad.r} y1={y(t)} y2={y(t)} stroke="#ddd" />
            <text x={pad.l - 4} y={y(t) + 4} textAnchor="end" fontSize="10" fill="#444">
              {formatShort(t, unit, Math.min(3, (String(t).split('.')[1] ?? '').length))}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text key={yr} x={x(yr)} y={H - 6} textAnchor="middle" fontSize="10" fill="#444">
            {yr}
          </text>
        ))}
        {lines.map((l) => (
          <g key={l.label}>
            <polyline
              fill="none"
              stroke={l.color}
              strokeWidth={2.5}
              strokeDasharray={l.dash}
              points={l.points.map((p) => `${x(p.year)},${y(p.value)}`).join(' ')}
            />
            {l.points.map((p) => (
              <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={3.5} fill={l.color} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        {lines.map((l) => (
          <span key={l.label} className="trend-key">
            <span className="trend-swatch" style={{ borderColor: l.color, borderStyle: l.dash ? 'dashed' : 'solid' }} />
            {l.label}
          </span>
        ))}
        <span className="hint trend-axis-note" data-testid="trend-axis-note">
          {axis.note}
        </span>
      </figcaption>
      <details>
        <summary>Tabel bij de grafiek</summary>
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              {lines.map((l) => (
                <th key={l.label} scope="col">
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((yr) => (
              <tr key={yr}>
                <th scope="row">{yr}</th>
                {lines.map((l) => (
                  <td key={l.label}>{formatValue(l.points.find((p) => p.year === yr)?.value, unit, decimals)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
