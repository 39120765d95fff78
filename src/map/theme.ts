// One theme object for everything the map draws: a projector or print theme is a new object, not an edit of builders.
import { NO_DATA_COLOR } from '../lib/palette';

export interface MapTheme {
  id: 'standaard' | 'projector' | 'print';
  background: string;
  /** Fill and dashed outline of the neighbouring gemeenten (the offline base map). */
  contextFill: string;
  contextLine: string;
  contextLineWidth: number;
  /** White veil over a topographic base so the choropleth stays the figure. */
  veil: { color: string; opacity: number };
  areaOpacity: number;
  areaLine: string;
  /** Line width at zoom 10 and 15. */
  areaLineWidth: [number, number];
  hoverLine: string;
  hoverWidth: number;
  selectedLine: string;
  selectedWidth: number;
  gemeenteLine: string;
  gemeenteWidth: number;
  noData: string;
  /** Map label size in CSS px (HTML labels). */
  labelSize: number;
}

export const STANDARD_THEME: MapTheme = {
  id: 'standaard',
  background: '#eef0f2',
  contextFill: '#f8f8f6',
  contextLine: '#9a9a9a',
  contextLineWidth: 1,
  veil: { color: '#ffffff', opacity: 0.55 },
  areaOpacity: 0.88,
  areaLine: '#ffffff',
  areaLineWidth: [0.8, 2],
  hoverLine: '#1a1a1a',
  hoverWidth: 2.5,
  selectedLine: '#000000',
  selectedWidth: 4,
  gemeenteLine: '#333333',
  gemeenteWidth: 2,
  noData: NO_DATA_COLOR,
  labelSize: 12,
};

/** Large screens seen from the back of a room: thicker lines, opaque fills, bigger labels. */
export const PROJECTOR_THEME: MapTheme = {
  ...STANDARD_THEME,
  id: 'projector',
  areaOpacity: 1,
  areaLineWidth: [1.5, 3],
  hoverWidth: 4,
  selectedWidth: 6,
  gemeenteWidth: 3,
  contextLineWidth: 1.5,
  labelSize: 18,
};

/** Paper: no grey background, hairlines. */
export const PRINT_THEME: MapTheme = {
  ...STANDARD_THEME,
  id: 'print',
  background: '#ffffff',
  contextFill: '#ffffff',
  areaOpacity: 1,
  areaLineWidth: [0.5, 1],
  labelSize: 10,
};

export const THEMES = { standaard: STANDARD_THEME, projector: PROJECTOR_THEME, print: PRINT_THEME } as const;
