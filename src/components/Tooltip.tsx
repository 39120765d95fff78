import type { Choropleth } from '../lib/choropleth';
import { subgroupLabel } from '../lib/data';
import { formatDifference, formatValue } from '../lib/format';
import type { HoverInfo } from '../map/AreaLayer';

export function Tooltip({ hover, choropleth: c }: { hover: HoverInfo; choropleth: Choropleth }) {
  const area = c.areas.find((a) => a.code === hover.code);
  if (!area) return null;
  const { entry } = c;
  return (
    <div className="tooltip" role="tooltip" data-testid="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{area.name}</strong>
      {c.change ? (
        <>
          <span className="tooltip-value">
            {area.value === undefined
              ? c.suppressed.includes(area.code)
                ? 'afgeschermd (te weinig inwoners om te tonen)'
                : 'geen gegevens'
              : formatDifference(area.value, entry.unit, entry.decimals)}
          </span>
          <span className="tooltip-ref">
            {entry.label}: {formatValue(area.from, entry.unit, entry.decimals)} ({c.change.fromYear}) →{' '}
            {formatValue(area.to, entry.unit, entry.decimals)} ({c.change.toYear})
          </span>
        </>
      ) : (
        <>
          <span className="tooltip-value">
            {c.suppressed.includes(area.code)
              ? 'afgeschermd (te weinig inwoners om te tonen)'
              : formatValue(area.value, entry.unit, entry.decimals)}
          </span>
          <span className="tooltip-ref">
            {entry.label}, {subgroupLabel(c.state.subgroup).toLowerCase()}, {c.state.year} · Weert:{' '}
            {formatValue(c.weert, entry.unit, entry.decimals)}
          </span>
        </>
      )}
    </div>
  );
}
