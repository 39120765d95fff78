// App state in one hook: read from the URL once, made consistent with the data, written back to the URL on every
// change. Opening something (a profile, a comparison, another view, an overlay, presentation mode) is a history entry, so the
// browser's Back closes it again; other changes replace the current entry. Layouts use this hook; components get
// state and `update` as props.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { type DataIndex, levelOfCode, WEERT_CODE } from '../lib/data';
import { type AppState, type ResolvedState, resolveState } from '../state/app-state';
import { parseUrl, toUrl } from '../state/url';

function fromLocation(idx: DataIndex): ResolvedState {
  const { partial, notices } = parseUrl(window.location.search);
  const r = resolveState(partial, idx);
  return { state: r.state, notices: [...notices, ...r.notices] };
}

/**
 * Fields whose change the user would undo with Back: they open or close something (a second area to compare with
 * too: Back closes the comparison, or returns to the area compared before).
 */
const HISTORY_FIELDS = [
  'selected',
  'view',
  'overlay',
  'presentation',
  'compareArea',
] as const satisfies readonly (keyof AppState)[];

export function opensSomething(prev: AppState, next: AppState): boolean {
  return HISTORY_FIELDS.some((k) => prev[k] !== next[k]);
}

/** The area of `level` that holds `code` (a buurt's wijk, the gemeente), or null when there is none. */
export function adaptSelection(idx: DataIndex, code: string, level: AppState['level']): string | null {
  if (level === 'gemeente') return WEERT_CODE;
  let area = idx.table.areas.find((a) => a.code === code);
  while (area?.parent) {
    const parent = area.parent;
    if (levelOfCode(parent) === level) return parent;
    area = idx.table.areas.find((a) => a.code === parent);
  }
  return null;
}

export interface AppStateApi {
  state: AppState;
  notices: string[];
  update: (patch: Partial<AppState>) => void;
}

/**
 * @param idx the data the state is resolved against. A ref: indicators computed from the state itself (growth
 * scenarios) join the index after the state, and an update must see the latest index, not the one of its render.
 */
export function useAppState(idx: RefObject<DataIndex>): AppStateApi {
  const [{ state, notices }, setResolved] = useState(() => fromLocation(idx.current));
  const update = useCallback(
    (patch: Partial<AppState>) =>
      setResolved((prev) => {
        const next = { ...prev.state, ...patch };
        // Another level has another extent: show all of it unless the patch says where to look.
        if (patch.level && patch.level !== prev.state.level && !('camera' in patch)) next.camera = null;
        // An open profile follows the level: a buurt's becomes its wijk's; otherwise it closes.
        if (patch.level && !('selected' in patch) && next.selected && levelOfCode(next.selected) !== patch.level)
          next.selected = adaptSelection(idx.current, next.selected, patch.level);
        const r = resolveState(next, idx.current, false);
        return { state: r.state, notices: r.notices };
      }),
    [idx],
  );
  const written = useRef<AppState | null>(null);
  useEffect(() => {
    const url = toUrl(state, window.location.search);
    const prev = written.current;
    written.current = state;
    if (url === window.location.search) return;
    if (prev && opensSomething(prev, state)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [state]);
  // Back and Forward: the URL is the state.
  useEffect(() => {
    const onPop = () => {
      const r = fromLocation(idx.current);
      written.current = r.state;
      setResolved(r);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [idx]);
  return { state, notices, update };
}
