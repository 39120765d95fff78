// Planning a road network import (`--wegennet`): GeoJSON lines (an NWB or OpenStreetMap export) in WGS84 or RD New,
// validated and stored as geodata/sources/network/wegennet.geojson (WGS84, 6 decimals, only a street name kept) and
// recorded as "network" in geodata/sources.json. There is one network: a new import replaces the previous one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../lib/errors';
import { networkAttribution, parseRoadNetwork, stringifyRoadNetwork } from '../lib/network';
import type { ImportRequest } from './args';
import { checkFeatureCount, type ImportLimits } from './checks/limits';
import { rejectOptions } from './checks/options';
import type { Project } from './project';
import { formatJson } from './serialise';
import type { Plan } from './types';

export const NETWORK_FILE = 'sources/network/wegennet.geojson';
const DEFAULT_LICENCE = 'CC BY 4.0';

const today = () => new Date().toISOString().slice(0, 10);

export function planNetwork(
  text: string,
  file: string,
  req: ImportRequest,
  root: string,
  p: Project,
  limits: ImportLimits,
): Plan {
  rejectOptions(req, file, ['jaar', 'tabel', 'kolommen', 'eenheid', 'indeling', 'eenheid-ok'], 'een wegennet');
  if (!/\.(geo)?json$/i.test(file)) {
    throw new InputError([{ file, message: 'een wegennet wordt ingelezen als GeoJSON (.geojson) met LineString-features' }]);
  }
  const { crs, lines } = parseRoadNetwork(text, file);
  checkFeatureCount(lines.length, file, limits);
  const title = req.titel ?? file;
  const publisher = req.bron ?? 'onbekend';
  const osm = /openstreetmap|\bosm\b/i.test(`${title} ${publisher}`);
  // OpenStreetMap data is ODbL, whatever the default licence says.
  const licence = osm && req.licentie === DEFAULT_LICENCE ? 'ODbL 1.0' : req.licentie;
  const entry = {
    file: NETWORK_FILE,
    title,
    publisher,
    licence,
    attribution: networkAttribution({ title, publisher, licence }),
    imported: { date: req.datum ?? today(), from: file },
  };
  const replaces = p.manifest.network !== undefined || existsSync(join(root, 'geodata', NETWORK_FILE));
  const parts = lines.reduce((n, l) => n + (l.geometry.type === 'LineString' ? 1 : l.geometry.coordinates.length), 0);
  return {
    files: new Map([
      [`geodata/${NETWORK_FILE}`, stringifyRoadNetwork(lines)],
      ['geodata/sources.json', formatJson({ ...p.manifestRaw, network: entry })],
    ]),
    summary: [
      `${file}: ${lines.length} wegen (${parts} lijnen) ingelezen (${crs === 'rd' ? 'RD New, omgerekend naar WGS84' : 'WGS84'}).`,
      `Wegennet: geodata/${NETWORK_FILE} (geodata/sources.json, "network")${replaces ? '; vervangt het vorige wegennet' : ''}.`,
      'De afstanden tot voorzieningen (VZ_*) worden nu over dit wegennet berekend in plaats van hemelsbreed × omrijfactor.',
      ...(req.bron === undefined
        ? ['Let op: geef de uitgever op met --bron (bv. "Rijkswaterstaat (NWB)" of "OpenStreetMap").']
        : []),
    ],
  };
}
