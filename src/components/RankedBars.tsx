// The areas as a ranked list with bars: the accessible alternative to the map, and the fastest read. Choosing an
// area opens its profile, as on the map.
import { useState } from 'react';
import type { Choropleth } from '../lib/choropleth';
import { formatValue } from '../lib/format';
import type { Headline } from '../lib/headline';
import { LEVEL_NAMES } from '../lib/levels';

/** Above this many areas (national size) the list is only built while it is open: 14,000 rows on every switch cost more than the map. */
const BUILD_WHEN_OPEN = 500;

export function RankedBars({
  choropleth: c,
  headline,
  onSelect,
}: {
  choropleth: Choropleth;
  headline: Headline;
  onSelect: (code: string) => void;
}) {
  const { count } = headline;
  const [open, setOpen] = useState(false);
  if (count === 0) return null;
  const build = open || count <= BUILD_WHEN_OPEN;
  // Sorting, scaling and colouring only for a list that is built (reading `ranked` sorts it).
  const ranked = build ? headline.ranked : [];
  const max = Math.max(...ranked.map((r) => Math.abs(r.value)), c.weert ? Math.abs(c.weert) : 0, 1e-9);
  const colour = new Map(build ? c.areas.map((a) => [a.code, a.color]) : []);
  const fmt = (v: number) => formatValue(v, c.entry.unit, c.entry.decimals);
  return (
    <details className="ranked" data-testid="ranked" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Alle {LEVEL_NAMES[c.state.level].many} op volgorde ({count})
      </summary>
      {build && (
        <ol>
          {ranked.map((r) => (
            <li key={r.code}>
              <button type="button" className="link-button" onClick={() => onSelect(r.code)}>
                {r.name}
              </button>
              <span className="ranked-bar" aria-hidden="true">
                <span style={{ width: `${(Math.abs(r.value) / max) * 100}%`, background: colour.get(r.code) }} />
              </span>
              <span className="num">{fmt(r.value)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
