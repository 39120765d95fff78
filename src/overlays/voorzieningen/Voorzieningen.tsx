// The voorzieningen overlay, loaded (with deck.gl) only when switched on. A map child: it draws the distance surface
// and the facilities with deck.gl, and renders its panel into the sidebar through a portal. State lives in the URL
// (type, what-if edits); the distances come from the worker.
import { BitmapLayer, ScatterplotLayer } from '@deck.gl/layers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Series } from '../../../core/contracts/data';
import type { FacilitiesFile, FacilityTypeOut } from '../../../core/contracts/facilities';
import { defaultCapacity, distanceNorm } from '../../../core/distance/accessibility';
import detourFit from '../../../core/distance/detour-weert.json';
import type { FacilityEdit } from '../../../core/distance/whatif';
import type { LoadedData } from '../../data/load';
import { DeckOverlay } from '../../map/DeckOverlay';
import { usePickPoint } from '../../map/usePickPoint';
import type { AppState } from '../../state/app-state';
import { createDistanceClient, type DistanceClient } from './client';
import { loadFacilities, loadNetwork } from './data';
import { cellAtPixel, cellIndex, editedFacilities, type FacilityView, nextNewId, surfaceImage, typeById } from './model';
import { VoorzieningenPanel } from './Panel';
import { buurtPopulation, deelgebiedMembership } from './population';
import type { GridInfo, SurfaceResponse } from './protocol';

interface Props {
  /** What-if values of the type's per-area indicators (VZ_*), or null for the published ones. */
  onSeries: (series: Series[] | null) => void;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  data: LoadedData;
  panelSlot: HTMLElement | null;
}

const m = (x: number) => `${new Intl.NumberFormat('nl-NL').format(Math.round(x / 10) * 10)} m`;

export default function Voorzieningen({ state, update, data, panelSlot, onSeries }: Props) {
  const [file, setFile] = useState<FacilitiesFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [grid, setGrid] = useState<GridInfo | null>(null);
  const [baseline, setBaseline] = useState<SurfaceResponse | null>(null);
  const [current, setCurrent] = useState<SurfaceResponse | null>(null);
  const [adding, setAdding] = useState(false);
  /** A facility waiting for its new place: the next map click moves it there. */
  const [moving, setMoving] = useState<string | null>(null);
  const [networkTitle, setNetworkTitle] = useState<string | null>(null);
  const redo = useRef<AppState['edits']>([]);
  const client = useRef<DistanceClient | null>(null);

  useEffect(() => {
    let alive = true;
    loadFacilities(`${import.meta.env.BASE_URL}data/`).then(
      (f) => alive && setFile(f),
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    const pop = buurtPopulation(data.idx);
    let c: DistanceClient | null = null;
    loadNetwork(`${import.meta.env.BASE_URL}data/`)
      .then((net) => {
        if (!alive) return;
        setNetworkTitle(net?.title ?? null);
        c = createDistanceClient({
          buurten: data.geo.buurt.features as never,
          population: pop.values,
          populationYear: pop.year,
          deelgebieden: deelgebiedMembership(data.geo),
          cellSize: 100,
          ...(net ? { network: { title: net.title, lines: net.lines as Array<Array<[number, number]>> } } : {}),
        });
        client.current = c;
        return c.grid.then((g) => alive && setGrid(g));
      })
      .catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
      c?.close();
      client.current = null;
    };
  }, [data]);

  const type = file ? typeById(file, state.facilityType) : undefined;
  const base = useMemo(() => (type ? editedFacilities(type, []).facilities : []), [type]);
  const { facilities, ignored } = useMemo(
    () => (type ? editedFacilities(type, state.edits) : { facilities: [] as FacilityView[], ignored: [] }),
    [type, state.edits],
  );
  const edited = state.edits.some((e) => e.type === type?.id);
  const norm = type ? distanceNorm(type) : undefined;
  const radii = useMemo(() => (type ? type.radii.km.map((k) => k * 1000) : []), [type]);

  // Baseline once per type; the edited surface on every edit (a few ms in the worker).
  useEffect(() => {
    const c = client.current;
    if (!c || !grid || !type?.hasData) return;
    let alive = true;
    const req = { radii, detour: detourFit.factor, norm: norm?.metres ?? undefined };
    c.surface({ ...req, facilities: base }).then(
      (r) => alive && setBaseline(r),
      (e: Error) => alive && setError(e.message),
    );
    return () => {
      alive = false;
    };
  }, [grid, type, base, radii, norm]);
  useEffect(() => {
    const c = client.current;
    if (!c || !grid || !type?.hasData) return;
    if (!edited) {
      setCurrent(null);
      onSeries(null);
      return;
    }
    let alive = true;
    const typeEdits = toEngineEdits(
      type,
      state.edits.filter((e) => !ignored.includes(e)),
    );
    c.surface({
      facilities,
      radii,
      detour: detourFit.factor,
      norm: norm?.metres ?? undefined,
      series: { type, edits: typeEdits },
    }).then(
      (r) => {
        if (!alive) return;
        setCurrent(r);
        onSeries(r.series ?? null);
      },
      (e: Error) => alive && setError(e.message),
    );
    return () => {
      alive = false;
    };
  }, [grid, type, facilities, ignored, edited, radii, norm, state.edits, onSeries]);
  // Switching the overlay off restores the published values.
  useEffect(() => () => onSeries(null), [onSeries]);
  const shown = edited ? current : baseline;

  const cells = useMemo(() => (grid ? cellIndex(grid) : null), [grid]);
  const layers = useMemo(() => {
    if (!grid || !shown || !type) return [];
    return [
      state.surface &&
        new BitmapLayer({
          id: 'vz-oppervlak',
          image: toImageData(surfaceImage(grid, shown.distance)),
          bounds: grid.bounds,
          pickable: true,
          // Sharp cells: each pixel is one 100 m cell, not a blurred gradient.
          textureParameters: { minFilter: 'nearest', magFilter: 'nearest' },
        }),
      new ScatterplotLayer<FacilityView>({
        id: 'vz-punten',
        data: facilities,
        getPosition: (f) => [f.lon, f.lat],
        getRadius: 7,
        radiusUnits: 'pixels',
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: (f) => (f.reliable ? 1.5 : 3),
        // A location that is only a postcode centroid is drawn as a ring: where it is, is not known.
        getFillColor: (f) => (f.reliable ? hex(type.colour) : [255, 255, 255, 0]),
        getLineColor: (f) => (f.reliable ? [255, 255, 255, 255] : hex(type.colour)),
        pickable: true,
        updateTriggers: { getFillColor: type.colour, getLineColor: type.colour },
      }),
    ];
  }, [grid, shown, type, facilities, state.surface]);

  const getTooltip = (info: { object?: unknown; layer?: { id: string } | null; bitmap?: { pixel: [number, number] } | null }) => {
    if (!type || !grid || !shown || !cells) return null;
    if (info.layer?.id === 'vz-punten' && info.object) {
      const f = info.object as FacilityView;
      const where = f.reliable ? f.address : `${f.address} — locatie onzeker (midden van de postcode), afstanden indicatief`;
      return { text: `${f.name}${where ? `\n${where}` : ''}${f.origin === 'nieuw' ? '\n(toegevoegd: wat als)' : ''}` };
    }
    if (info.layer?.id === 'vz-oppervlak' && info.bitmap) {
      const i = cellAtPixel(grid, cells, info.bitmap.pixel[0], info.bitmap.pixel[1]);
      const d = i >= 0 ? shown.distance[i] : undefined;
      if (d === undefined || Number.isNaN(d)) return null;
      return {
        text: `± ${m(d)} tot de dichtstbijzijnde ${type.label.toLowerCase()} (hemelsbreed × ${nl(detourFit.factor)}, indicatief)`,
      };
    }
    return null;
  };

  // Add or move mode: a click on the map adds a facility of this type there, or moves the chosen one there.
  usePickPoint((adding || moving !== null) && type !== undefined, ([lon, lat]) => {
    if (!type) return;
    redo.current = [];
    if (moving) {
      update({ edits: [...state.edits, { kind: 'move', type: type.id, id: moving, lon, lat }] });
      setMoving(null);
      return;
    }
    update({ edits: [...state.edits, { kind: 'add', type: type.id, id: nextNewId(state.edits), lon, lat }] });
  });

  const panel = (
    <VoorzieningenPanel
      file={file}
      error={error}
      state={state}
      update={update}
      data={data}
      type={type}
      facilities={facilities}
      ignored={ignored}
      baseline={baseline}
      current={edited ? current : null}
      adding={adding}
      setAdding={(b) => {
        setMoving(null);
        setAdding(b);
      }}
      moving={moving}
      setMoving={(id) => {
        setAdding(false);
        setMoving(id);
      }}
      redo={redo}
      networkTitle={networkTitle}
    />
  );
  return (
    <>
      <DeckOverlay id="voorzieningen" layers={layers} getTooltip={getTooltip} />
      {panelSlot && createPortal(panel, panelSlot)}
    </>
  );
}

function toImageData(img: { width: number; height: number; data: Uint8ClampedArray }): ImageData {
  return new ImageData(img.data as Uint8ClampedArray<ArrayBuffer>, img.width, img.height);
}

/** The URL's edits of one type as the engine takes them (new facilities get the type's default capacity). */
function toEngineEdits(type: FacilityTypeOut, edits: AppState['edits']): FacilityEdit[] {
  const capacity = defaultCapacity(type);
  return edits
    .filter((e) => e.type === type.id)
    .map(
      (e): FacilityEdit =>
        e.kind === 'add'
          ? { kind: 'add', facility: { id: e.id, lon: e.lon, lat: e.lat, ...(capacity !== undefined ? { capacity } : {}) } }
          : e.kind === 'move'
            ? { kind: 'move', id: e.id, lon: e.lon, lat: e.lat }
            : { kind: 'remove', id: e.id },
    );
}

const nl = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(x);
function hex(c: string): [number, number, number, number] {
  return [Number.parseInt(c.slice(1, 3), 16), Number.parseInt(c.slice(3, 5), 16), Number.parseInt(c.slice(5, 7), 16), 255];
}
