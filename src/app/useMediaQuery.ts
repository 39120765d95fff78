// A CSS media query as React state, for what CSS alone cannot switch (a theme, which component renders).
import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint; the same width as the `max-width: 760px` block in styles.css. */
export const PHONE_QUERY = '(max-width: 760px)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const m = window.matchMedia(query);
      m.addEventListener('change', onChange);
      return () => m.removeEventListener('change', onChange);
    },
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}
