// The tiled (national) layout's loader (core/tiles.ts): area indexes instead of polygons, vector tiles for the map,
// the first map's indicator files. A separate chunk: only a tiled data set loads it.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { AreaLevel, Catalogue } from '../../core/contracts/data';
import type { IndicatorFile } from '../../core/contracts/indicators-file';
import {
  type AreaIndex,
  areaIndexPath,
  decodeAreaIndex,
  decodeSplitIndicator,
  indicatorPath,
  TILE_URL_TEMPLATE,
  type TileLayout,
} from '../../core/tiles';
import { buildIndex, REGION_CODES } from '../lib/data';
import type { IndicatorYear } from '../lib/indicator-files';
import { mapLabel } from '../lib/names';
import type { BBox } from '../map/camera';
import type { AreaShapes } from '../map/style/builders';
import {
  type AreaLabel,
  type AreaProperties,
  type AreaView,
  DataLoadError,
  type DataSource,
  decode,
  EMPTY,
  type FirstIndicators,
  type LoadedData,
  view,
} from './load';

/** A tiled level's view from its area index: no polygons, only codes, extents and label points. */
function tiledView(index: AreaIndex | undefined, shapes: AreaShapes, codes: string[]): AreaView {
  const bounds = new Map<string, BBox>();
  const labels: AreaLabel[] = [];
  const all: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of index?.areas ?? []) {
    const g = index?.geometry.get(a.code);
    if (!g) continue;
    bounds.set(a.code, g.bbox);
    all[0] = Math.min(all[0], g.bbox[0]);
    all[1] = Math.min(all[1], g.bbox[1]);
    all[2] = Math.max(all[2], g.bbox[2]);
    all[3] = Math.max(all[3], g.bbox[3]);
    labels.push({ code: a.code, name: mapLabel(a.name), lngLat: g.label, priority: g.sizeKm2 });
  }
  return { shapes, areas: EMPTY, codes, bounds, bbox: all, labels };
}

export async function loadTiled(
  source: DataSource,
  layout: TileLayout,
  tileBase: string,
  catalogue: Catalogue,
  topo: Topology,
  ctx: Topology,
  firstIndicators: FirstIndicators,
): Promise<LoadedData> {
  // Warm the GPU colouring's chunk (and with it the mesh worker) while the area indexes load: the first map needs it.
  void import('../map/tiled/TiledColours');
  const indexes = await Promise.all(
    layout.levels.map(async (l) => {
      const name = areaIndexPath(l);
      try {
        return decodeAreaIndex(await source.getJson(name), name);
      } catch (e) {
        if (e instanceof DataLoadError) throw e;
        throw new DataLoadError(`${name} is beschadigd of van een andere versie.`, (e as Error).message);
      }
    }),
  );
  const byLevel = new Map<AreaLevel, AreaIndex>(indexes.map((i) => [i.level, i]));
  // One code list per level for the files' columns, the colour table's rows and the map's areas: being the same array
  // lets a switch read a series' columns as they are (seriesAt) without comparing 14,000 codes.
  const codesOf = new Map<AreaLevel, string[]>(indexes.map((i) => [i.level, i.areas.map((a) => a.code)]));
  const columns: IndicatorFile['columns'] = Object.fromEntries(codesOf);
  const loadIndicator = async ({ indicator, year }: IndicatorYear) => {
    const name = indicatorPath(indicator, year);
    const raw = await source.getJson(name);
    try {
      return decodeSplitIndicator(raw, columns, { indicator, year });
    } catch (e) {
      throw new DataLoadError(`${name} is beschadigd of van een andere versie.`, (e as Error).message);
    }
  };
  const areas = indexes.flatMap((i) => i.areas);
  const bare = buildIndex({ areas, series: [] }, catalogue);
  const first = (await Promise.all(firstIndicators(bare).map(loadIndicator))).flat();
  const gemeente = decode(topo, 'gemeente');
  const context = decode(ctx, 'context');
  const regionCodes = new Set<string>(REGION_CODES);
  const gemeenteRegio: FeatureCollection<Geometry, AreaProperties> = {
    type: 'FeatureCollection',
    features: [...gemeente.features, ...context.features.filter((f) => regionCodes.has(f.properties.code))],
  };
  const tiles = (level: 'buurt' | 'wijk' | 'deelgebied'): AreaShapes =>
    layout.tiled.includes(level)
      ? {
          kind: 'tiles',
          url: new URL(TILE_URL_TEMPLATE(level), tileBase).href.replaceAll('%7B', '{').replaceAll('%7D', '}'),
          sourceLayer: level,
          minzoom: layout.minzoom,
          maxzoom: layout.maxzoom,
          codes: codesOf.get(level) ?? [],
        }
      : EMPTY;
  const idx = buildIndex({ areas, series: first }, catalogue);
  return {
    idx,
    tiled: { layout, loadIndicator },
    geo: {
      buurt: EMPTY,
      wijk: EMPTY,
      deelgebied: EMPTY,
      gemeente,
      context,
      gemeenteRegio,
      bbox: (topo.bbox ?? [3.3, 50.7, 7.3, 53.6]) as [number, number, number, number],
      views: {
        buurt: tiledView(byLevel.get('buurt'), tiles('buurt'), codesOf.get('buurt') ?? []),
        wijk: tiledView(byLevel.get('wijk'), tiles('wijk'), codesOf.get('wijk') ?? []),
        deelgebied: layout.tiled.includes('deelgebied')
          ? tiledView(byLevel.get('deelgebied'), tiles('deelgebied'), codesOf.get('deelgebied') ?? [])
          : tiledView(undefined, tiles('deelgebied'), []),
        gemeente: view(gemeenteRegio, idx),
      },
    },
  };
}
