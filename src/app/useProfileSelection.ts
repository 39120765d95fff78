// Opening and closing an area's profile: focus returns where it was when the profile closes (button, Escape), and
// whether the user opened it (a click scrolls it into view; a profile from a link does not).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppState } from '../state/app-state';

export function useProfileSelection(selected: string | null, update: (patch: Partial<AppState>) => void) {
  // A profile opened by a click or tap scrolls into view (on a phone it sits below the map); one from a link does not.
  const [selectedByUser, setSelectedByUser] = useState(false);
  // Where focus was when a profile opened: closing it (button, Escape) returns there.
  const focusBefore = useRef<HTMLElement | null>(null);
  const select = useCallback(
    (code: string | null) => {
      setSelectedByUser(code !== null);
      if (code !== null && !focusBefore.current && document.activeElement instanceof HTMLElement)
        focusBefore.current = document.activeElement;
      update(code === null ? { selected: null, compareArea: null } : { selected: code });
      if (code === null) {
        const back = focusBefore.current;
        focusBefore.current = null;
        requestAnimationFrame(() => back?.isConnected && back.focus());
      }
    },
    [update],
  );
  // Escape closes the profile from anywhere (a select keeps its own Escape for closing its list).
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || (e.target instanceof HTMLSelectElement && e.defaultPrevented)) return;
      select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);
  return { select, selectedByUser };
}
