// The growth overlay, loaded (with deck.gl) when switched on: proportional symbols for the scenario's locations
// (LocationLayer, also on the second map of two scenarios side by side),
// adding a location by clicking the map (its buurt by point in polygon), and the panel in the sidebar.

import { booleanPointInPolygon } from '@turf/turf';
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GrowthEdit } from '../../../core/growth/edits';
import type { LoadedData } from '../../data/load';
import type { DataIndex } from '../../lib/data';
import { usePickPoint } from '../../map/usePickPoint';
import type { AppState } from '../../state/app-state';
import { nextLocationId } from './Editor';
import LocationLayer, { symbolYear } from './LocationLayer';
import { GroeiPanel } from './Panel';
import type { GrowthState } from './useGrowth';

interface Props {
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  data: LoadedData;
  idx: DataIndex;
  growth: GrowthState;
  panelSlot: HTMLElement | null;
}

export default function Groei({ state, update, data, idx, growth, panelSlot }: Props) {
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const redo = useRef<GrowthEdit[]>([]);
  const view = growth.a;
  const year = view ? symbolYear(view, state.year) : state.year;

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
      {view && <LocationLayer id="groei" view={view} year={state.year} buurtLabels={data.geo.views.buurt.labels} />}
      {panelSlot && createPortal(panel, panelSlot)}
    </>
  );
}
