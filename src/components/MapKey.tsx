// A compact key on the map itself (phone: map and key on one screen): the classes as a strip with their range, and
// Weert's value. The full legend with counts stays in the panel.
import type { Choropleth } from '../lib/choropleth';
import { formatValue } from '../lib/format';

export function MapKey({ choropleth: c }: { choropleth: Choropleth }) {
  if (c.bivariate || c.legend.length === 0) return null;
  const fmt = (v: number | undefined) => formatValue(v, c.entry.unit, c.entry.decimals);
  return (
    <section className="map-key" data-testid="map-key" aria-label="Legenda (kort)">
      <ol className="map-key-strip">
        {c.legend.map((l) => (
          <li key={l.label} style={{ background: l.color }} title={l.label}>
            <span className="visually-hidden">{l.label}</span>
          </li>
        ))}
      </ol>
      <p className="map-key-range">
        <span>{c.legend[0]?.label.split(' tot ')[0]}</span>
        <span>{c.legend.at(-1)?.label.split(' tot ').at(-1)}</span>
      </p>
      {c.weert !== undefined && !c.change && <p className="map-key-weert">Weert: {fmt(c.weert)}</p>}
    </section>
  );
}
