// True once the first map is on screen. Parts of the page the first map does not need (the footer, explanations,
// the export menu) render from then on, so their code loads after it instead of competing with it.
import { useEffect, useState } from 'react';
import { afterFirstMap, FIRST_MAP_MARK } from '../map/AreaLayer';

const painted = () => typeof performance !== 'undefined' && performance.getEntriesByName(FIRST_MAP_MARK).length > 0;

export function useAfterFirstMap(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => (ready ? undefined : afterFirstMap(() => setReady(true))), [ready]);
  return ready;
}
