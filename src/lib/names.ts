// What an area is called: one source for every place that shows it (tooltip, profile, table, picker, compare,
// headline, CSV and PNG exports) — the name in the indicator table (CBS's, e.g. "Wijk 34 Stramproy"). The map labels
// alone are deliberately shorter ("Stramproy"): space on the map is scarce and the wijk number means little there.
// Pure.
import type { DataIndex } from './data';

/** The display name of an area; its code when the data has no name for it. */
export function areaName(idx: Pick<DataIndex, 'areaName'>, code: string): string {
  return idx.areaName.get(code) ?? code;
}

/** The map label of a display name: without CBS's "Wijk NN " prefix; every other name is its own label. */
export function mapLabel(name: string): string {
  return name.replace(/^Wijk \d+ /, '');
}

/** Areas as options of a picker: code and display name. */
export function areaOptions(idx: Pick<DataIndex, 'areaName'>, codes: readonly string[]): { code: string; name: string }[] {
  return codes.map((code) => ({ code, name: areaName(idx, code) }));
}
