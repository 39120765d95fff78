// Choose an area without the mouse: a list of the areas on the map beside it. Choosing one selects and highlights it
// and opens its profile, as a click on the map would.
import { memo, useId, useMemo } from 'react';
import { compareNl } from '../lib/collate';

interface Props {
  areas: { code: string; name: string }[];
  selected: string | null;
  onSelect: (code: string | null) => void;
  levelWord: string;
}

/** Memoised: at national size the list has 14,000 options, which must not be sorted and compared on every switch. */
export const AreaPicker = memo(function AreaPicker({ areas, selected, onSelect, levelWord }: Props) {
  const id = useId();
  const sorted = useMemo(() => [...areas].sort((a, b) => compareNl(a.name, b.name)), [areas]);
  return (
    <div className="area-picker">
      <label htmlFor={id}>Kies een {levelWord}</label>
      <select
        id={id}
        value={selected && areas.some((a) => a.code === selected) ? selected : ''}
        onChange={(e) => onSelect(e.target.value || null)}
        data-testid="area-picker"
      >
        <option value="">—</option>
        {sorted.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
});
