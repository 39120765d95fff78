import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNl } from '../../src/lib/collate';

const intl = (a: string, b: string) => a.localeCompare(b, 'nl');
const sorted = (names: string[], cmp: (a: string, b: string) => number) => [...names].sort(cmp);

describe('compareNl', () => {
  it('sorts every area name in the published data as localeCompare nl does', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/indicators.json'), 'utf8'));
    const names: string[] = file.areas.map((a: { name: string }) => a.name);
    expect(names.length).toBeGreaterThan(60);
    expect(sorted(names, compareNl)).toEqual(sorted(names, intl));
  });

  it('sorts every indicator label in the catalogue as localeCompare nl does', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/catalogue.json'), 'utf8'));
    const labels: string[] = file.indicators.map((i: { label: string }) => i.label);
    expect(labels.length).toBeGreaterThan(100);
    expect(sorted(labels, compareNl)).toEqual(sorted(labels, intl));
  });

  it('handles accents, case, hyphens, digits and spaces like the Dutch collation', () => {
    const names = [
      'Stramproy',
      'stramproy',
      'Swartbroek',
      'Sint-Maartensweg',
      'Sint Jan',
      'Ééndracht',
      'Eendracht',
      'eindhoven',
      'Wijk 01 Stadskern',
      'Wijk 10 Fatima',
      'Wijk 2',
      'Boshoven buitengebied',
      'Boshoven-Vrakker',
      'Oud-Boshoven',
      'Über',
      'Uden',
      'Laar',
      'laar',
      'Laarveld',
    ];
    expect(sorted(names, compareNl)).toEqual(sorted(names, intl));
  });
});
