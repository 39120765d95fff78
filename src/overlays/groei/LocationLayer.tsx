// The scenario's locations as proportional symbols, a deck.gl map child: one component for the main map (scenario A)
// and the second map of two scenarios side by side (scenario B), so both maps show their own locations alike.
import { ScatterplotLayer } from '@deck.gl/layers';
import { useMemo } from 'react';
import type { AreaLabel } from '../../data/load';
import { formatNumber } from '../../lib/format';
import { nounCount } from '../../lib/plural';
import { DeckOverlay } from '../../map/DeckOverlay';
import type { GrowthView } from './engine';
import { type LocationSymbol, locationSymbols, radiusFor } from './symbols';

const COLOURS: Record<LocationSymbol['kind'], [number, number, number]> = {
  gepubliceerd: [84, 39, 143],
  aanname: [230, 85, 13],
  eigen: [0, 109, 119],
};

const KIND_TEXT: Record<LocationSymbol['kind'], string> = {
  gepubliceerd: 'gepubliceerd aantal',
  aanname: 'toewijzing: aanname van het scenario',
  eigen: 'eigen locatie',
};

/** The year the symbols show: the state's year when the scenario has it, else its end year. */
export const symbolYear = (view: GrowthView, year: number) =>
  view.effects.years.includes(year) ? year : view.scenario.doel.eindjaar;

interface Props {
  /** The overlay's id (test hook): 'groei' on the main map, 'groei-b' on the second. */
  id: string;
  view: GrowthView;
  year: number;
  /** Buurt label points: where a project without its own coordinates is drawn. */
  buurtLabels: AreaLabel[];
}

export default function LocationLayer({ id, view, year: stateYear, buurtLabels }: Props) {
  const year = symbolYear(view, stateYear);
  const buurtPoint = useMemo(() => {
    const m = new Map(buurtLabels.map((l) => [l.code, { lon: l.lngLat[0], lat: l.lngLat[1] }]));
    return (code: string) => m.get(code);
  }, [buurtLabels]);
  const symbols = useMemo(() => locationSymbols(view.scenario.projecten, year, buurtPoint), [view, year, buurtPoint]);
  const layers = useMemo(
    () => [
      new ScatterplotLayer<LocationSymbol>({
        id: 'gs-locaties',
        data: symbols,
        getPosition: (s) => [s.lon, s.lat],
        getRadius: (s) => radiusFor(s.homes),
        radiusUnits: 'meters',
        radiusMinPixels: 4,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: (s) => (s.hard ? 1.5 : 2.5),
        // Hard plans solid, soft plans and assumptions lighter: the map says how certain a location is.
        getFillColor: (s) => [...COLOURS[s.kind], s.hard ? 200 : 120],
        getLineColor: [255, 255, 255, 255],
        pickable: true,
        updateTriggers: { getRadius: year },
      }),
    ],
    [symbols, year],
  );
  const getTooltip = (info: { object?: unknown; layer?: { id: string } | null }) => {
    if (info.layer?.id !== 'gs-locaties' || !info.object) return null;
    const s = info.object as LocationSymbol;
    return {
      text: `${s.names.join('\n')}\n${nounCount(Math.round(s.homes), 'woning', formatNumber(s.homes, 0))} netto t/m ${year}\n${KIND_TEXT[s.kind]} · ${s.hard ? 'harde' : 'zachte'} plannen`,
    };
  };
  return <DeckOverlay id={id} layers={layers} getTooltip={getTooltip} />;
}
