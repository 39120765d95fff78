// Indicator search across levels with synonyms (src/lib/search.ts), on the real published catalogue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SynonymsFileSchema } from '../../core/contracts/config';
import type { Catalogue } from '../../core/contracts/data';
import { emptyMessage, normalise, searchIndicators, whereText } from '../../src/lib/search';
import { VIEW_LEVELS } from '../../src/state/app-state';
import { loadRealData } from './realData';

const levels = VIEW_LEVELS;
let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadRealData()).idx.catalogue;
});

const search = (q: string, level: (typeof VIEW_LEVELS)[number] = 'wijk') => searchIndicators(catalogue, q, { level, levels });

describe('indicator search', () => {
  it('finds "bijstand" at wijk level as the gemeente-level indicator and says where it exists', () => {
    const r = search('bijstand');
    const hit = r.hits.find((h) => h.entry.id === 'WWB_UITTOT');
    expect(hit).toBeDefined();
    expect(hit?.atLevel).toBe(false);
    expect(hit?.levels).toEqual(['gemeente']);
    expect(hit?.target).toBe('gemeente');
    expect(hit && whereText(hit, 'wijk')).toBe('alleen per gemeente');
    expect(r.atLevel).toBe(0);
    expect(r.elsewhere).toBeGreaterThanOrEqual(1);
  });

  it('finds the issue’s words at wijk level: armoede, wmo, jeugd (each with the regional indicator)', () => {
    const ids = (q: string) => search(q).hits.map((h) => h.entry.id);
    expect(ids('armoede')).toEqual(expect.arrayContaining(['WWB_UITTOT', 'MoeiteMetRondkomen', 'HuishoudensMetEenLaagInkomen']));
    expect(ids('wmo')).toContain('P_WMO_T');
    expect(ids('jeugd')).toContain('P_JZ_TN');
    expect(ids('werkloos')).toContain('WW_UIT_TOT');
    // Synonym hits say which everyday word led to them.
    expect(search('armoede').hits.find((h) => h.entry.id === 'WWB_UITTOT')?.via).toEqual(['armoede']);
    expect(search('armoede').expansions[0]?.terms).toContain('bijstand');
  });

  it('puts what exists at the current level first, then the rest, literal hits before synonyms', () => {
    const r = search('armoede');
    const firstElsewhere = r.hits.findIndex((h) => !h.atLevel);
    expect(r.hits.slice(0, firstElsewhere).every((h) => h.atLevel)).toBe(true);
    expect(r.hits.slice(firstElsewhere).every((h) => !h.atLevel)).toBe(true);
    expect(search('eenzaam').hits[0]?.entry.id).toBe('Eenzaam');
  });

  it('switches to the nearest level that has the indicator, the finer one on a tie', () => {
    const hit = search('sociaal minimum').hits.find((h) => h.entry.id === 'HuishOnderOfRondSociaalMinimum');
    expect(hit?.levels).toEqual(['buurt', 'deelgebied', 'gemeente']);
    expect(hit?.target).toBe('buurt');
    expect(hit && whereText(hit, 'wijk')).toBe('per buurt, deelgebied en gemeente, niet per wijk');
  });

  it('needs every word of the query, ignoring case, accents and punctuation', () => {
    expect(normalise('Wmo-cliënten per 1.000 inwoners')).toBe('wmo clienten per 1 000 inwoners');
    expect(search('laag inkomen').hits.map((h) => h.entry.id)).toContain('HuishoudensMetEenLaagInkomen');
    expect(search('LAAG   Inkomen!').hits.map((h) => h.entry.id)).toContain('HuishoudensMetEenLaagInkomen');
    expect(search('wmo clienten').hits.map((h) => h.entry.id)).toEqual(['P_WMO_T']);
    // A full label finds itself first (what the browser tests type).
    expect(search('Afstand tot huisartsenpraktijk (eigen berekening)').hits[0]?.entry.id).toBe('VZ_AFST_HUISARTS');
  });

  it('gives a clear empty state when nothing matches at any level', () => {
    const r = search('xyzzy');
    expect(r.hits).toEqual([]);
    expect(r.atLevel + r.elsewhere).toBe(0);
    const msg = emptyMessage('xyzzy', ['armoede', 'ouderen']);
    expect(msg).toContain('Geen indicator gevonden voor “xyzzy”');
    expect(msg).toContain('op geen enkel niveau');
    expect(msg).toContain('“armoede” en “ouderen”');
  });

  it('lists everything at the current level when the query is empty (browsing), nothing elsewhere', () => {
    const r = search('');
    expect(r.elsewhere).toBe(0);
    expect(r.hits.every((h) => h.atLevel && h.levels.includes('wijk'))).toBe(true);
    expect(r.hits.map((h) => h.entry.id)).toContain('Eenzaam');
    expect(r.hits.map((h) => h.entry.id)).not.toContain('WWB_UITTOT');
    expect(search('', 'gemeente').hits.map((h) => h.entry.id)).toContain('WWB_UITTOT');
  });
});

describe('layers/synonyms.json', () => {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../layers/synonyms.json'), 'utf8'));

  it('is valid and is what the catalogue carries', () => {
    const parsed = SynonymsFileSchema.parse(file);
    expect(catalogue.synonyms).toEqual(parsed.synonyms);
    for (const word of ['armoede', 'ouderen', 'jeugd', 'wmo', 'werkloos', 'eenzaam', 'inkomen', 'gezondheid', 'zorg'])
      expect(parsed.synonyms, word).toHaveProperty(word);
  });

  it('every word finds something real at some level, and every term names at least one indicator', () => {
    const synonyms = file.synonyms as Record<string, string[]>;
    const plain = { ...catalogue, synonyms: {} };
    for (const [word, terms] of Object.entries(synonyms)) {
      expect(search(word, 'gemeente').hits.length, `“${word}” finds nothing`).toBeGreaterThan(0);
      for (const term of terms) {
        const labels = plain.indicators.filter((i) => normalise(i.label).includes(normalise(term)));
        expect(labels.length, `term “${term}” of “${word}” is in no indicator name`).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a search word with capitals or accents, and a word without terms', () => {
    expect(SynonymsFileSchema.safeParse({ version: 1, description: '', synonyms: { Armoede: ['bijstand'] } }).success).toBe(
      false,
    );
    expect(SynonymsFileSchema.safeParse({ version: 1, description: '', synonyms: { cliënt: ['wmo'] } }).success).toBe(false);
    expect(SynonymsFileSchema.safeParse({ version: 1, description: '', synonyms: { armoede: [] } }).success).toBe(false);
  });
});
