// The columnar indicator file: the pipeline's table survives a round trip, and a damaged file is refused precisely.
import { describe, expect, it } from 'vitest';
import type { IndicatorTable } from '../../core/contracts/data';
import {
  decodeIndicatorFile,
  decodeIndicatorTable,
  encodeIndicatorTable,
  stringifyIndicatorFile,
} from '../../core/contracts/indicators-file';

const table: IndicatorTable = {
  version: 1,
  areas: [
    { code: 'WK098801', name: 'Wijk 01', level: 'wijk', parent: 'GM0988', weert: true },
    { code: 'WK098802', name: 'Wijk 02', level: 'wijk', parent: 'GM0988', weert: true },
    { code: 'GM0988', name: 'Weert', level: 'gemeente', weert: true },
  ],
  series: [
    { indicator: 'B', subgroup: 'totaal', year: 2024, level: 'wijk', source: 'T1', values: { WK098802: 0 } },
    {
      indicator: 'A',
      subgroup: 'totaal',
      year: 2020,
      level: 'wijk',
      source: 'T1',
      method: 'som',
      suppressed: ['WK098801'],
      values: { WK098802: 12.5 },
    },
    { indicator: 'A', subgroup: 'totaal', year: 2020, level: 'gemeente', source: 'T2', values: { GM0988: 11 } },
  ],
};

describe('indicators.json codec', () => {
  it('round-trips values, no-data (absent, never 0) and metadata, in canonical order', () => {
    const text = stringifyIndicatorFile(encodeIndicatorTable(table));
    const back = decodeIndicatorTable(JSON.parse(text));
    expect(back.areas).toEqual(table.areas);
    expect(back.series.map((s) => `${s.indicator}${s.level}`)).toEqual(['Awijk', 'Agemeente', 'Bwijk']);
    expect(back.series[0]).toMatchObject({ method: 'som', suppressed: ['WK098801'], values: { WK098802: 12.5 } });
    expect(back.series[0]?.values).not.toHaveProperty('WK098801');
    expect(back.series[2]?.values).toEqual({ WK098802: 0 });
    // Repeated strings are stored once.
    expect(JSON.parse(text).strings).toEqual(['T1', 'som', 'T2']);
  });

  it('refuses a value that is not a number, naming the series and the area', () => {
    const file = JSON.parse(stringifyIndicatorFile(encodeIndicatorTable(table)));
    file.series[0].values[1] = '12,5';
    expect(() => decodeIndicatorFile(file)).toThrow(/reeks 1 \(A 2020 wijk\), gebied WK098802: '12,5' is geen getal/);
  });

  it('refuses a series whose length does not match its level', () => {
    const file = JSON.parse(stringifyIndicatorFile(encodeIndicatorTable(table)));
    file.series[2].values.push(3);
    expect(() => decodeIndicatorFile(file)).toThrow(/3 waarden voor 2 gebieden/);
  });

  it('refuses an old or unknown version with a Dutch instruction', () => {
    expect(() => decodeIndicatorFile({ version: 1, areas: [], series: [] })).toThrow(/versie 1.*npm run geodata/);
    expect(() => decodeIndicatorFile(null)).toThrow(/versie/);
  });

  it('refuses an area a series has but its level lacks (encoding)', () => {
    const bad = { ...table, series: [{ ...(table.series[0] as IndicatorTable['series'][0]), values: { WK099999: 1 } }] };
    expect(() => encodeIndicatorTable(bad)).toThrow(/WK099999/);
  });
});

describe('catalogue check after the first map', () => {
  it('accepts the published catalogue and names the path of a bad value in Dutch', async () => {
    const { readFileSync } = await import('node:fs');
    const { checkCatalogue } = await import('../../src/data/catalogue-check');
    const cat = JSON.parse(readFileSync('public/data/catalogue.json', 'utf8'));
    expect(checkCatalogue(cat)).toEqual([]);
    cat.indicators[3].polarity = 'hoger-is-leuker';
    const problems = checkCatalogue(cat);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^catalogue\.json is ongeldig bij indicators\.3\.polarity: Ongeldige optie.*npm run geodata/);
  });
});
