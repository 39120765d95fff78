// Facility types (layers/facilities/) and the facilities stage: configs parse and their cross-references hold, every
// feature is validated with a Dutch message naming file, feature and property, and the selection keeps Weert + 5 km.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FacilitiesFileSchema, FacilityTypeConfigSchema } from '../../core/contracts/facilities';
import { InputError, type InputIssue } from '../../geodata/lib/errors';
import { buildFacilities, parseFacilityFeatures } from '../../geodata/stages/facilities';
import { loadFacilityConfigs } from '../../geodata/stages/read-sources';

const ROOT = join(import.meta.dirname, '../..');
const LAYERS = join(ROOT, 'layers');
const configs = loadFacilityConfigs(LAYERS);

const TYPES = [
  'apotheek',
  'basisschool',
  'bibliotheek',
  'huisarts',
  'kinderopvang',
  'ontmoeting',
  'speciaal-onderwijs',
  'sport',
  'supermarkt',
  'voortgezet-onderwijs',
  'ziekenhuis',
];

describe('facility type configs (layers/facilities/)', () => {
  it('has one config per facility type, each parsing under the strict schema', () => {
    expect(configs.map((c) => c.id)).toEqual(TYPES);
    for (const name of readdirSync(join(LAYERS, 'facilities'))) {
      const json = JSON.parse(readFileSync(join(LAYERS, 'facilities', name), 'utf8'));
      expect(FacilityTypeConfigSchema.safeParse(json).success, name).toBe(true);
    }
  });

  it('every data file exists; types without data say how to add them', () => {
    for (const c of configs) {
      for (const d of c.data ?? []) expect(existsSync(join(ROOT, 'geodata', d.file)), `${c.id}: ${d.file}`).toBe(true);
      if (c.data === null) expect(c.howToAdd, c.id).toContain(`--voorziening ${c.id}`);
    }
    // The types SOURCES.md lists as not found have no (invented) points.
    const without = configs.filter((c) => c.data === null).map((c) => c.id);
    expect(without).toEqual(['bibliotheek', 'kinderopvang', 'ontmoeting', 'sport', 'supermarkt']);
  });

  it('every CBS indicator named exists in layers/indicators/, or its absence is documented', () => {
    for (const c of configs) {
      if (c.cbsIndicators === null) {
        expect(c.cbsNote, c.id).toMatch(/CBS heeft geen/);
        continue;
      }
      for (const id of c.cbsIndicators) expect(existsSync(join(LAYERS, 'indicators', `${id}.json`)), `${c.id}: ${id}`).toBe(true);
    }
    const cbs = Object.fromEntries(configs.map((c) => [c.id, c.cbsIndicators]));
    expect(cbs).toMatchObject({ huisarts: ['AF_ARTSPR'], ziekenhuis: ['AF_ZIEK_I', 'AF_ZIEK_E'], sport: null, ontmoeting: null });
  });

  it('uses the CBS radii: 1/3/5 km by default, 3/5/10 voortgezet onderwijs, 5/10/20 ziekenhuis', () => {
    const radii = Object.fromEntries(configs.map((c) => [c.id, c.radii.km]));
    expect(radii['voortgezet-onderwijs']).toEqual([3, 5, 10]);
    expect(radii.ziekenhuis).toEqual([5, 10, 20]);
    for (const id of ['huisarts', 'apotheek', 'basisschool', 'supermarkt', 'kinderopvang', 'bibliotheek']) {
      expect(radii[id], id).toEqual([1, 3, 5]);
    }
  });

  it('every norm has either a source or an aanname with a reason, never both', () => {
    const bad = { id: 'x', label: 'Norm', mode: 'lopen', metres: 500 };
    const norm = (extra: object) => ({ ...configs[0], norms: [{ ...bad, ...extra }] });
    expect(FacilityTypeConfigSchema.safeParse(norm({ source: 'een bron met tekst' })).success).toBe(true);
    expect(FacilityTypeConfigSchema.safeParse(norm({ aanname: true, reason: 'een reden met tekst' })).success).toBe(true);
    expect(FacilityTypeConfigSchema.safeParse(norm({})).success).toBe(false);
    expect(
      FacilityTypeConfigSchema.safeParse(norm({ source: 'een bron met tekst', aanname: true, reason: 'een reden' })).success,
    ).toBe(false);
    const supermarkt = configs.find((c) => c.id === 'supermarkt');
    expect(supermarkt?.norms.find((n) => n.metres === 1000)).toMatchObject({
      mode: 'lopen',
      source: expect.stringContaining('CROW'),
    });
    const spoed = configs.find((c) => c.id === 'huisarts')?.norms.find((n) => n.minutes === 15 && n.metres === null);
    expect(spoed?.note).toMatch(/tijdsnorm, geen afstand/);
  });

  it('capacity: huisarts normpraktijk 2,350 per fte; defaults carry their basis', () => {
    const huisarts = configs.find((c) => c.id === 'huisarts');
    expect(huisarts?.capacity?.perFte).toMatchObject({
      value: 2350,
      source: expect.stringContaining('Nivel / LHV normpraktijk'),
    });
    expect(configs.find((c) => c.id === 'kinderopvang')?.capacity?.unit).toBe('kindplaatsen');
    expect(configs.find((c) => c.id === 'basisschool')?.capacity?.unit).toBe('leerlingen');
    for (const c of configs) if (c.capacity) expect(c.capacity.defaultBasis, c.id).toMatch(/^(Aanname|Geen basis)/);
  });

  it('a config with data: null but no howToAdd is refused, naming the field', () => {
    const { howToAdd: _, ...rest } = configs.find((c) => c.id === 'sport') ?? {};
    const r = FacilityTypeConfigSchema.safeParse(rest);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['howToAdd']);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const FILE = 'sources/facilities/test.geojson';
const props = {
  name: 'Praktijk',
  address: 'Straat 1',
  postcode: '6001AA',
  plaats: 'Weert',
  gemeentecode: 'GM0988',
  in_weert: true,
  dist_to_weert_border_km: 0,
  location_reliable: true,
  source: 'test',
};
const feature = (over: Record<string, unknown> = {}, coordinates: unknown = [5.7, 51.25]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { ...props, ...over },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function issuesOf(text: string): InputIssue[] {
  try {
    parseFacilityFeatures(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues;
  }
  throw new Error('expected an InputError');
}

describe('facilities stage', () => {
  it('rejects a missing property, naming file, feature number and property in Dutch', () => {
    const { in_weert: _, ...noFlag } = props;
    const issues = issuesOf(collection(feature(), { ...feature(), properties: noFlag }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, row: 2, column: 'properties.in_weert' });
    expect(issues[0]?.message).toMatch(/^feature 2: eigenschap 'in_weert' ontbreekt/);
  });

  it('rejects wrong types, swapped lon/lat, RD New coordinates and non-points, all at once', () => {
    const issues = issuesOf(
      collection(
        feature({ location_reliable: 'ja' }),
        feature({}, [51.25, 5.7]),
        feature({}, [170000, 360000]),
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: props },
        feature({ dist_to_weert_border_km: -1 }),
        feature({ in_weert: true, dist_to_weert_border_km: 2 }),
        feature({ gemeentecode: 'Weert' }),
      ),
    );
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [1, 'properties.location_reliable'],
      [2, 'geometry'],
      [3, 'geometry'],
      [4, 'geometry'],
      [5, 'properties.dist_to_weert_border_km'],
      [6, 'properties.dist_to_weert_border_km'],
      [7, 'properties.gemeentecode'],
    ]);
    expect(issues[1]?.message).toMatch(/verwisseld/);
    expect(issues[2]?.message).toMatch(/RD New/);
    expect(issues[3]?.message).toMatch(/Point/);
  });

  it('keeps Weert and up to 5 km outside in a Dutch gemeente; sorted, rounded, deterministic', () => {
    const sport = configs.find((c) => c.id === 'sport');
    if (!sport) throw new Error('sport config missing');
    const type = {
      ...sport,
      data: [{ file: FILE, title: 'Test', publisher: 'Test', licence: 'CC0', date: '2025' }],
    };
    const text = collection(
      feature({ name: 'B' }, [5.71234567, 51.2]),
      feature({ name: 'A', in_weert: false, gemeentecode: 'GM0946', dist_to_weert_border_km: 4.9 }),
      feature({ name: 'Ver', in_weert: false, gemeentecode: 'GM0946', dist_to_weert_border_km: 5.1 }),
      feature({ name: 'België', in_weert: false, gemeentecode: null, dist_to_weert_border_km: 1 }),
    );
    const run = () => buildFacilities({ types: [type], texts: [{ file: FILE, text }] });
    const r = run();
    expect(r).toMatchObject({ inWeert: 1, nearby: 1, dropped: 2 });
    const [t] = r.file.types;
    expect(t?.points.map((p) => p.name)).toEqual(['A', 'B']);
    expect(t?.points[1]).toEqual({
      lon: 5.712346,
      lat: 51.2,
      name: 'B',
      address: 'Straat 1, 6001 AA Weert',
      in_weert: true,
      location_reliable: true,
      source: FILE,
    });
    expect(r.file.selection).toMatch(/België.*ontbreken/);
    expect(FacilitiesFileSchema.parse(r.file)).toEqual(r.file);
    expect(JSON.stringify(run())).toBe(JSON.stringify(r));
  });

  it('the same facility twice in one type is refused', () => {
    const sport = configs.find((c) => c.id === 'sport');
    if (!sport) throw new Error('sport config missing');
    const data = (file: string) => ({ file, title: 'Test', publisher: 'Test', licence: 'CC0', date: '2025' });
    const other = 'sources/facilities/other.geojson';
    const text = collection(feature());
    expect(() =>
      buildFacilities({
        types: [{ ...sport, data: [data(FILE), data(other)] }],
        texts: [
          { file: FILE, text },
          { file: other, text },
        ],
      }),
    ).toThrow(/dubbele voorziening/);
  });

  it('the committed voorzieningen.json parses and holds the real points only for types with data', () => {
    const file = FacilitiesFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'public/data/voorzieningen.json'), 'utf8')));
    const n = Object.fromEntries(file.types.map((t) => [t.id, t.points.length]));
    expect(n).toMatchObject({ huisarts: 26, apotheek: 11, basisschool: 33, supermarkt: 0, sport: 0 });
    for (const t of file.types) expect(t.hasData, t.id).toBe(t.points.length > 0);
  });
});
