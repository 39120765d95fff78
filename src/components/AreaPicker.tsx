// Choose an area without the mouse: a list of the areas on the map beside it. Choosing one selects and highlights it
// and opens its profile, as a click on the map would.
import { memo, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { compareNl } from '../lib/collate';

interface Props {
  areas: { code: string; name: string }[];
  selected: string | null;
  onSelect: (code: string | null) => void;
  levelWord: string;
}

/**
 * From this many areas the options are made when the list is first used (focus, pointer or key), not with the page:
 * 14,000 options cost a national first map about a second of DOM work and layout.
 */
export const LAZY_OPTIONS_OVER = 1000;

/** Memoised: at national size the list has 14,000 options, which must not be sorted and compared on every switch. */
export const AreaPicker = memo(function AreaPicker({ areas, selected, onSelect, levelWord }: Props) {
  const id = useId();
  const [engaged, setEngaged] = useState(false);
  const full = engaged || areas.length <= LAZY_OPTIONS_OVER;
  // Synchronously, so the options are there before the browser opens the list or handles the key.
  const engage = () => {
    if (!full) flushSync(() => setEngaged(true));
  };
  const sorted = useMemo(() => (full ? [...areas].sort((a, b) => compareNl(a.name, b.name)) : []), [areas, full]);
  const current = selected ? areas.find((a) => a.code === selected) : undefined;
  return (
    <div className="area-picker">
      <label htmlFor={id}>Kies een {levelWord}</label>
      <select
        id={id}
        value={current ? current.code : ''}
        onChange={(e) => onSelect(e.target.value || null)}
        onFocus={engage}
        onPointerDown={engage}
        onKeyDown={engage}
        data-testid="area-picker"
      >
        <option value="">—</option>
        {full ? (
          sorted.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))
        ) : current ? (
          <option value={current.code}>{current.name}</option>
        ) : null}
      </select>
    </div>
  );
});
