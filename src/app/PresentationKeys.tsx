// Keyboard shortcuts of presentation mode (projector, heidag): → and ← the next and previous year, ↑ and ↓ the
// next and previous indicator, W the whole of Weert, Escape closes the profile and then the mode. Keys typed into a
// form field or aimed at the map (which pans with the arrows) are left alone. Loaded when the mode is first switched
// on, with the line that explains the keys: when the line shows, the keys work.
import { useEffect } from 'react';
import { compareNl } from '../lib/collate';
import { type DataIndex, levelsFor, yearsFor } from '../lib/data';
import type { AppState } from '../state/app-state';

/** Indicators in the order the indicator list shows them at this level (theme, then label). */
export function indicatorOrder(idx: DataIndex, level: AppState['level']): string[] {
  return idx.catalogue.themes.flatMap((t) =>
    idx.catalogue.indicators
      .filter((i) => i.theme === t.id && levelsFor(i).includes(level))
      .sort((a, b) => compareNl(a.label, b.label))
      .map((i) => i.id),
  );
}

/** The state after one shortcut key, or null when the key is not a shortcut. Pure, so a story can use it too. */
export function presentationStep(idx: DataIndex, state: AppState, key: string): Partial<AppState> | null {
  const entry = idx.indicators.get(state.indicator);
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const years = entry ? yearsFor(entry, state.level, state.subgroup) : [];
    const i = years.indexOf(state.year);
    const next = years[i + (key === 'ArrowRight' ? 1 : -1)];
    return next === undefined ? null : { year: next, compareYear: null };
  }
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const order = indicatorOrder(idx, state.level);
    const i = order.indexOf(state.indicator);
    const next = order[(i + (key === 'ArrowDown' ? 1 : -1) + order.length) % order.length];
    return next ? { indicator: next, compareYear: null } : null;
  }
  if (key === 'w' || key === 'W') return { camera: null, selected: null };
  return null;
}

const isFormField = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));
const isMap = (t: EventTarget | null) => t instanceof HTMLElement && t.closest('.map') !== null;

export default function PresentationKeys({
  idx,
  state,
  update,
}: {
  idx: DataIndex;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isFormField(e.target) || isMap(e.target)) return;
      if (e.key === 'Escape' && !state.selected) {
        update({ presentation: false });
        return;
      }
      const patch = presentationStep(idx, state, e.key);
      if (!patch) return;
      e.preventDefault();
      update(patch);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [idx, state, update]);
  return (
    <p className="presentation-help" data-testid="presentation-help">
      ← → jaar · ↑ ↓ indicator · W heel Weert · Esc sluiten
    </p>
  );
}
