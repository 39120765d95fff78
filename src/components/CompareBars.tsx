import { formatValueParts, unitWords } from '../lib/format';
import type { Comparison } from '../lib/profile';

interface Props {
  items: Comparison[];
  unit: string;
  decimals: number;
  caption: string;
}

/** Horizontal bars as an HTML list: readable by screen readers as text, no chart library needed. */
export function CompareBars({ items, unit, decimals, caption }: Props) {
  const shown = items.filter((i) => i.value !== undefined);
  if (shown.length < 2) return null;
  const missing = items.filter((i) => i.value === undefined);
  const max = Math.max(...shown.map((i) => Math.abs(i.value as number))) || 1;
  // Words after the figure ("per 1.000 inwoners") are said once in the caption: beside every bar they wrap to three lines.
  const words = unitWords(unit);
  return (
    <figure className="compare-bars" data-testid="compare-bars">
      <figcaption>{words ? `${caption}; eenheid: ${words}` : caption}</figcaption>
      <ul>
        {shown.map((i) => (
          <li key={i.code} className={`bar-${i.kind}`}>
            <span className="bar-label">{i.name}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${(Math.abs(i.value as number) / max) * 100}%` }} />
            </span>
            <span className="bar-value">{formatValueParts(i.value, unit, decimals).figure}</span>
          </li>
        ))}
      </ul>
      {missing.some((i) => i.suppressed) && (
        <p className="hint">
          Onderdrukt (kleine aantallen):{' '}
          {missing
            .filter((i) => i.suppressed)
            .map((i) => i.name)
            .join(', ')}
          .
        </p>
      )}
      {missing.some((i) => !i.suppressed) && (
        <p className="hint">
          Niet in de bron voor dit jaar:{' '}
          {missing
            .filter((i) => !i.suppressed)
            .map((i) => i.name)
            .join(', ')}
          .
        </p>
      )}
    </figure>
  );
}
