// App state in one hook: read from the URL once, made consistent with the data, written back to the URL on every
// change. Layouts use this hook; components get state and `update` as props.
import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { DataIndex } from '../lib/data';
import { type AppState, type ResolvedState, resolveState } from '../state/app-state';
import { parseUrl, toUrl } from '../state/url';

function fromLocation(idx: DataIndex): ResolvedState {
  const { partial, notices } = parseUrl(window.location.search);
  const r = resolveState(partial, idx);
  return { state: r.state, notices: [...notices, ...r.notices] };
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
        const r = resolveState(next, idx.current, false);
        return { state: r.state, notices: r.notices };
      }),
    [idx],
  );
  useEffect(() => {
    window.history.replaceState(null, '', toUrl(state, window.location.search));
  }, [state]);
  return { state, notices, update };
}
