// The growth "what if": edits applied in order (each edited figure becomes an aanname), their share-link form
// refused as a whole when any part is wrong, the saved-file check, and the editor's small helpers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ScenariosFile, ScenariosFileSchema } from '../../core/contracts/scenario';
import {
  applyGrowthEdits,
  formatGrowthEdits,
  type GrowthEdit,
  PARAM_PATHS,
  paramAt,
  parseGrowthEdits,
} from '../../core/growth/edits';
import { computeEffects, homesPerYear, scenarioYears } from '../../core/growth/effects';
import { nextLocationId, pushEdit, rebalance } from '../../src/overlays/groei/Editor';
import { createEngine } from '../../src/overlays/groei/engine';
import { parseSavedScenario, savedScenario } from '../../src/overlays/groei/saved';
import { resolveState } from '../../src/state/app-state';
import { parseUrl, toUrl } from '../../src/state/url';
import { loadRealData } from './realData';

const file: ScenariosFile = ScenariosFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../public/data/scenarios.json', import.meta.url), 'utf8')),
);
const scenario = (id: string) => {
  const s = file.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe('applying growth edits', () => {
  it('sets homes per location and year, and marks the planning as an assumption', () => {
    const r = applyGrowthEdits(scenario('basis'), file.parameters, [
      { kind: 'homes', project: 'laarveld-4', year: 2030, homes: 500 },
    ]);
    const p = r.scenario.projecten.find((x) => x.id === 'laarveld-4');
    expect(p?.woningenPerJaar['2030']).toBe(500);
    expect(p?.planning).toEqual({ status: 'aanname', reden: 'Gewijzigd in de viewer door de gebruiker.' });
    // The published count's own source is kept: only the planning changed.
    expect(p?.herkomst.status).toBe('lokaal');
    const years = scenarioYears(r.scenario, 2040);
    const before = homesPerYear(scenario('basis'), years).at(-1)?.cumulative ?? 0;
    expect(homesPerYear(r.scenario, years).at(-1)?.cumulative).toBe(before - 51 + 500);
  });

  it('keeps renewal at most what is built when the homes of a renewal year go down', () => {
    const r = applyGrowthEdits(scenario('basis'), file.parameters, [
      { kind: 'homes', project: 'keent-frisolaan', year: 2025, homes: 10 },
    ]);
    const p = r.scenario.projecten.find((x) => x.id === 'keent-frisolaan');
    expect(p?.vervangenPerJaar?.['2025']).toBe(10);
  });

  it('changes a parameter, and the effects follow', () => {
    const r = applyGrowthEdits(scenario('uitbreiding'), file.parameters, [
      { kind: 'param', path: 'normen.m2PerLeerlingBasis', value: 7 },
    ]);
    expect(paramAt(r.parameters, 'normen.m2PerLeerlingBasis')).toMatchObject({ waarde: 7, herkomst: { status: 'aanname' } });
    const a = computeEffects(scenario('uitbreiding'), file.parameters);
    const b = computeEffects(r.scenario, r.parameters);
    const sum = (e: typeof a) => [...e.byArea.values()].reduce((s, arr) => s + arr.reduce((x, y) => x + y, 0), 0);
    expect(sum(b)).toBeGreaterThan(sum(a));
  });

  it('adds a location in the buurt that was clicked, and says when an edit names a location that is not there', () => {
    const r = applyGrowthEdits(scenario('basis'), file.parameters, [
      { kind: 'add', id: 'nieuw-1', buurt: 'BU09883201', lon: 5.7, lat: 51.22, year: 2030, homes: 80 },
      { kind: 'homes', project: 'bestaat-niet', year: 2030, homes: 5 },
    ]);
    expect(r.scenario.projecten.at(-1)).toMatchObject({ id: 'nieuw-1', buurt: 'BU09883201', soort: 'eigen', punt: [5.7, 51.22] });
    expect(r.notices).toEqual(["Wijziging van locatie 'bestaat-niet' overgeslagen: die locatie bestaat niet in dit scenario."]);
  });
});

describe('the share-link form of growth edits', () => {
  const edits: GrowthEdit[] = [
    { kind: 'homes', project: 'laarveld-4', year: 2027, homes: 80 },
    { kind: 'mix', project: 'laarveld-4', mix: { grondgebonden: 0.6, appartement: 0.4, zorg: 0 } },
    { kind: 'param', path: 'normen.wmo75Plus', value: 0.3 },
    { kind: 'add', id: 'nieuw-1', buurt: 'BU09880201', lon: 5.70123, lat: 51.25012, year: 2027, homes: 100 },
    { kind: 'target', homes: 4650, endYear: 2037 },
  ];

  it('round-trips every kind of edit', () => {
    const text = formatGrowthEdits(edits);
    expect(text).toBe(
      'w:laarveld-4:2027:80;m:laarveld-4:60,40,0;p:normen.wmo75Plus:0.3;n:nieuw-1:BU09880201:5.70123,51.25012:2027:100;d:4650:2037',
    );
    expect(parseGrowthEdits(text ?? '')).toEqual(edits);
  });

  it.each([
    ['w:laarveld-4:2027:80;w:<script>:2027:1', 'markup in an id'],
    ['w:laarveld-4:1850:80', 'a year out of range'],
    ['w:laarveld-4:2027:99999', 'more homes than allowed'],
    ['m:laarveld-4:60,30,0', 'a mix that does not add up to 100'],
    ['p:normen.bestaatniet:3', 'an unknown parameter'],
    ['p:bewoondInOpleverjaar:1.5', 'a share above 1'],
    ['n:nieuw-1:WK098801:5.7,51.2:2027:100', 'a wijk instead of a buurt'],
    ['x:iets', 'an unknown kind'],
    ['w:a:2027:1'.repeat(900), 'a link that is far too long'],
  ])('refuses %s (%s) as a whole', (raw) => {
    expect(parseGrowthEdits(raw)).toBeUndefined();
  });

  it('restores the scenario, its edits and the comparison from a link', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState(
      { scenario: 'uitbreiding', growthEdits: edits, compareScenario: 'verdichting', scenarioDiff: true, bivariate: 'Eenzaam' },
      idx,
    );
    const back = resolveState(parseUrl(toUrl(state)).partial, idx);
    expect(back.state).toEqual(state);
    expect(toUrl(state)).toContain('scenario2=verdichting');
  });

  it('offers every parameter of the parameters file for editing', () => {
    for (const path of PARAM_PATHS) expect(paramAt(file.parameters, path).label.length).toBeGreaterThan(3);
  });
});

describe('saved scenarios', () => {
  const ids = file.scenarios.map((s) => s.id);

  it('saves and loads back the same scenario and edits', () => {
    const engine = createEngine(file, { buurt: { features: [] }, wijk: { features: [] }, deelgebied: { features: [] } } as never);
    const edits: GrowthEdit[] = [{ kind: 'homes', project: 'laarveld-4', year: 2028, homes: 70 }];
    const text = savedScenario(engine.compute('uitbreiding', edits), 'uitbreiding', edits, new Date('2026-11-30T10:00:00Z'));
    expect(parseSavedScenario(text, 'mijn.json', ids)).toEqual({ ok: true, scenario: 'uitbreiding', edits });
    // The full scenario is in the file too, for reading, and valid.
    expect(JSON.parse(text).volledig.scenario.projecten.length).toBeGreaterThan(10);
  });

  it.each([
    [
      '{"soort": "weert-groeiscenario", "versie": 1, "scenario": "basis", "wijzigingen": "w:x:20:1"}',
      /'wijzigingen' is ongeldig/,
    ],
    ['{"soort": "iets-anders", "versie": 1, "scenario": "basis", "wijzigingen": ""}', /geen opgeslagen groeiscenario/],
    [
      '{"soort": "weert-groeiscenario", "versie": 1, "scenario": "onbekend", "wijzigingen": ""}',
      /scenario 'onbekend' bestaat niet/,
    ],
    ['{"soort": "weert-groeiscenario", "versie": 2, "scenario": "basis", "wijzigingen": ""}', /ongeldig veld 'versie'/],
    ['{"soort": "weert-groeiscenario", "versie": 1, "scenario": "basis", "wijzigingen": "", "extra": 1}', /ongeldig/],
    ['{"soort": "weert-groeiscenario", "versie": 1,', /geen geldige JSON/],
    ['x'.repeat(2_000_001), /te groot/],
  ])('refuses a broken file with a Dutch message naming it (%#)', (text, message) => {
    const r = parseSavedScenario(text, 'kapot.json', ids);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message).toContain('kapot.json');
    }
  });
});

describe('editor helpers', () => {
  it('replaces the previous edit of the same cell instead of piling up keystrokes', () => {
    let edits: GrowthEdit[] = [];
    for (const homes of [1, 12, 120]) edits = pushEdit(edits, { kind: 'homes', project: 'p', year: 2030, homes });
    expect(edits).toEqual([{ kind: 'homes', project: 'p', year: 2030, homes: 120 }]);
    edits = pushEdit(edits, { kind: 'homes', project: 'p', year: 2031, homes: 5 });
    expect(edits).toHaveLength(2);
  });

  it('keeps a mix at 100% when one share is typed', () => {
    expect(rebalance([60, 40, 0], 0, 80)).toEqual([80, 20, 0]);
    expect(rebalance([50, 30, 20], 2, 60)).toEqual([25, 15, 60]);
    expect(rebalance([100, 0, 0], 0, 30).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('numbers new locations after the highest one in use', () => {
    expect(nextLocationId([])).toBe('nieuw-1');
    expect(nextLocationId([{ kind: 'add', id: 'nieuw-4', buurt: 'BU09880201', lon: 5.7, lat: 51.2, year: 2027, homes: 1 }])).toBe(
      'nieuw-5',
    );
  });
});

describe('where a location is drawn', () => {
  it('uses its point, else the middle of its plan area, else its buurt', async () => {
    const { projectPosition } = await import('../../core/growth/access');
    const base = scenario('basis').projecten[0];
    if (!base) throw new Error('no project');
    const buurt = () => ({ lon: 1, lat: 2 });
    expect(projectPosition({ ...base, punt: [5.7, 51.2] }, buurt)).toEqual({ lon: 5.7, lat: 51.2 });
    const vlak = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [5, 51],
          [6, 51],
          [6, 52],
          [5, 52],
          [5, 51],
        ] as [number, number][],
      ],
    };
    expect(projectPosition({ ...base, vlak }, buurt)).toEqual({ lon: 5.5, lat: 51.5 });
    expect(projectPosition(base, buurt)).toEqual({ lon: 1, lat: 2 });
    expect(projectPosition({ ...base, buurt: null }, buurt)).toBeNull();
  });
});
