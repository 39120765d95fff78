// A minimal deck.gl overlay (one dot per area label point): the reference for overlay children, lazily loaded
// together with deck.gl. The voorzieningen and groeiscenario overlays follow this shape.
import { ScatterplotLayer } from '@deck.gl/layers';
import { useMemo } from 'react';
import type { AreaLabel } from '../../data/load';
import { DeckOverlay } from '../DeckOverlay';

export default function LabelPointsOverlay({ points }: { points: AreaLabel[] }) {
  const layers = useMemo(
    () => [
      new ScatterplotLayer<AreaLabel>({
        id: 'label-points',
        data: points,
        getPosition: (d) => d.lngLat,
        getRadius: 12,
        radiusUnits: 'pixels',
        getFillColor: [20, 20, 160, 230],
        pickable: true,
      }),
    ],
    [points],
  );
  return <DeckOverlay id="deck" layers={layers} />;
}
