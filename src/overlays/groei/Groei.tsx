// The growth overlay, loaded (with deck.gl) when switched on: proportional symbols for the scenario's locations,
// adding a location by clicking the map (its buurt by point in polygon), and the panel in the sidebar.

import { ScatterplotLayer } from '@deck.gl/layers';
import { booleanPointInPolygon } from '@turf/turf';
import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GrowthEdit } from '../../../core/growth/edits';
import type { LoadedData } from '../../data/load';
import type { DataIndex } from '../../lib/data';
import { formatNumber } from '../../lib/format';
import { nounCount } from '../../lib/plural';
import { DeckOverlay } from '../../map/DeckOverlay';
import { usePickPoint } from '../../map/usePickPoint';
import type { AppState } from '../../state/app-state';
import { nextLocationId } from './Editor';
import { GroeiPanel } from './Panel';
import { type LocationSymbol, locationSymbols, radiusFor } from './symbols';
import type { GrowthState } from './useGrowth';

interface Props {
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  data: LoadedData;
  idx: DataIndex;
  growth: GrowthState;
  panelSlot: HTMLElement | null;
}

const COLOURS: Record<LocationSymbol['kind'], [number, number, number]> = {
  gepubliceerd: [84, 39, 143],
  aanname: [230, 85, 13],
  eigen: [0, 109, 119],
};

export default function Groei({ state, update, data, idx, growth, panelSlot }: Props) {
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const redo = useRef<GrowthEdit[]>([]);
  const view = growth.a;
  const labels = data.geo.views.buurt.labels;
  const buurtPoint = useMemo(() => {
    const m = new Map(labels.map((l) => [l.code, { lon: l.lngLat[0], lat: l.lngLat[1] }]));
    return (code: string) => m.get(code);
  }, [labels]);
  const year = view?.effects.years.includes(state.year) ? state.year : (view?.scenario.doel.eindjaar ?? state.year);
  const symbols = useMemo(
    () => (view ? locationSymbols(view.scenario.projecten, year, buurtPoint) : []),
    [view, year, buurtPoint],
  );
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
    const what = { gepubliceerd: 'gepubliceerd aantal', aanname: 'toewijzing: aanname van het scenario', eigen: 'eigen locatie' };
    return {
      text: `${s.names.join('\n')}\n${nounCount(Math.round(s.homes), 'woning', formatNumber(s.homes, 0))} netto t/m ${year}\n${what[s.kind]} · ${s.hard ? 'harde' : 'zachte'} plannen`,
    };
  };

  // Add mode: a click on the map adds a location there, in the buurt that holds the point.
  usePickPoint(adding && view !== null, (pt) => {
    const buurt = data.geo.buurt.features.find((f) => booleanPointInPolygon(pt, f as never));
    if (!buurt) {
      setMessage('Dat punt ligt buiten de buurten van Weert; kies een plek binnen de gemeente.');
      return;
    }
    setMessage(null);
    redo.current = [];
    const edit: GrowthEdit = {
      kind: 'add',
      id: nextLocationId(state.growthEdits),
      buurt: buurt.properties.code,
      lon: pt[0],
      lat: pt[1],
      year,
      homes: 100,
    };
    update({ growthEdits: [...state.growthEdits, edit] });
  });

  const panel = (
    <>
      {message && (
        <p role="alert" className="legend-warning">
          {message}
        </p>
      )}
      <GroeiPanel
        growth={growth}
        state={state}
        update={update}
        data={data}
        idx={idx}
        adding={adding}
        setAdding={setAdding}
        redo={redo}
      />
    </>
  );
  return (
    <>
      {view && <DeckOverlay id="groei" layers={layers} getTooltip={getTooltip} />}
      {panelSlot && createPortal(panel, panelSlot)}
    </>
  );
}
