// "Explain": internal caveats only in the intern build, the last-updated date from the sources, layers/site.json,
// plain method labels and Dutch plurals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IndicatorConfig, SiteFileSchema } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import { loadCatalogue, loadSiteConfig } from '../../geodata/lib/catalogue';
import { assembleCatalogue, latestImport } from '../../geodata/stages/catalogue';
import { lastUpdated } from '../../src/components/SiteFooter';
import { METHOD_EXPLANATIONS, METHOD_LABELS } from '../../src/lib/classify';
import { areaCount, indicatorCount } from '../../src/lib/plural';
import { loadRealData } from './realData';

const layers = join(import.meta.dirname, '../../layers');

const indicator: IndicatorConfig = {
  version: 1,
  id: 'X',
  label: 'Iets',
  description: 'Een omschrijving van iets.',
  theme: 'demografie',
  unit: 'aantal',
  measure: 'count',
  polarity: 'neutral',
  kind: 'toestand',
  decimals: 0,
  source: { publisher: 'CBS', tables: ['85984NED'], licence: 'CC BY 4.0' },
  referencePeriod: 'peildatum 1 januari',
  caveat: 'Openbare kanttekening.',
  internalCaveat: 'Uit een kopie door derden.',
  status: 'definitief',
};
const series: Series[] = [
  { indicator: 'X', subgroup: 'totaal', year: 2024, level: 'gemeente', source: 'CBS', values: { GM0988: 1 } },
];
const manifest = {
  boundaries: { buurten: 'b', codes: 'c', context: 'x', attribution: 'grenzen' },
  stats: [
    { file: 'a.csv', title: 'A', publisher: 'CBS', tables: ['T'], licence: 'CC BY 4.0', kind: 'cbs' as const },
    {
      file: 'b.csv',
      title: 'B',
      publisher: 'CBS',
      tables: ['T'],
      licence: 'CC BY 4.0',
      kind: 'cbs' as const,
      imported: { date: '2026-03-11', from: 'b.csv' },
    },
  ],
  points: [{ file: 'p.geojson', title: 'P', publisher: 'X', licence: 'Y', imported: { date: '2025-12-01', from: 'p' } }],
};
const publication = (profile: 'publiek' | 'intern') => ({
  version: 1 as const,
  description: '',
  profile,
  minPopulation: 50,
  minOwnCount: 5,
});
const themes = [{ id: 'demografie' as const, label: 'Demografie', description: 'Bevolking en huishoudens.' }];

describe('internal caveats', () => {
  it('stay out of the public catalogue and travel in the intern build', () => {
    const base = { themes, indicators: [indicator], series, manifest, areaSet: null };
    const pub = assembleCatalogue({ ...base, publication: publication('publiek') });
    expect(pub.indicators[0]?.caveat).toBe('Openbare kanttekening.');
    expect(pub.indicators[0]).not.toHaveProperty('internalCaveat');
    const intern = assembleCatalogue({ ...base, publication: publication('intern') });
    expect(intern.indicators[0]?.internalCaveat).toBe('Uit een kopie door derden.');
  });

  it('are no longer in the public caveats of the real catalogue', async () => {
    const { indicators } = loadCatalogue(layers);
    const { idx } = await loadRealData();
    expect(indicators.some((i) => i.internalCaveat)).toBe(true);
    for (const e of idx.catalogue.indicators) {
      expect(e, e.id).not.toHaveProperty('internalCaveat');
      expect(e.caveat ?? '', e.id).not.toMatch(/kopie door derden|gecontroleerd tegen StatLine|bij het overnemen/);
    }
  });
});

describe('last updated', () => {
  it('is the latest import date of any source, never the clock', () => {
    expect(latestImport(manifest)).toBe('2026-03-11');
    expect(latestImport({ ...manifest, stats: [], points: [] })).toBeUndefined();
    const c = assembleCatalogue({
      themes,
      indicators: [indicator],
      series,
      manifest,
      areaSet: null,
      publication: publication('publiek'),
    });
    expect(c.updated).toBe('2026-03-11');
    expect(lastUpdated(c)).toBe('11 maart 2026');
  });

  it('falls back to the newest data year when no source records an import date', async () => {
    const { idx } = await loadRealData();
    expect(idx.catalogue.updated).toBeUndefined();
    expect(lastUpdated(idx.catalogue)).toMatch(/^cijfers tot en met 20\d\d$/);
  });
});

describe('layers/site.json', () => {
  it('is valid, names a role (no invented address) and reaches the catalogue', async () => {
    const raw = JSON.parse(readFileSync(join(layers, 'site.json'), 'utf8'));
    const site = SiteFileSchema.parse(raw);
    expect(loadSiteConfig(layers)).toEqual(site);
    expect(site.contact.team).toMatch(/team/i);
    expect(site.contact.email).toBeUndefined();
    expect(site.contact.phone).toBeUndefined();
    expect(site.accessibility.target).toContain('WCAG 2.1');
    const { idx } = await loadRealData();
    expect(idx.catalogue.site?.contact.team).toBe(site.contact.team);
  });

  it('rejects a malformed e-mail address or date', () => {
    const raw = JSON.parse(readFileSync(join(layers, 'site.json'), 'utf8'));
    expect(SiteFileSchema.safeParse({ ...raw, contact: { ...raw.contact, email: 'geen-adres' } }).success).toBe(false);
    expect(
      SiteFileSchema.safeParse({ ...raw, accessibility: { ...raw.accessibility, statementDate: '1 maart 2026' } }).success,
    ).toBe(false);
  });
});

describe('plain words', () => {
  it('names classification methods without jargon', () => {
    const text = [...Object.values(METHOD_LABELS), ...Object.values(METHOD_EXPLANATIONS)].join(' ').toLowerCase();
    for (const jargon of ['kwantiel', 'ckmeans', 'jenks', 'interval']) expect(text).not.toContain(jargon);
  });

  it('counts with correct Dutch plurals', () => {
    expect(areaCount(1, 'buurt')).toBe('1 buurt');
    expect(areaCount(2, 'buurt')).toBe('2 buurten');
    expect(areaCount(0, 'wijk')).toBe('0 wijken');
    expect(areaCount(1, 'gemeente')).toBe('1 gemeente');
    expect(indicatorCount(1)).toBe('1 indicator');
    expect(indicatorCount(2)).toBe('2 indicatoren');
  });
});
