import { describe, expect, it } from 'vitest';
import { InputError } from '../../geodata/lib/errors';
import { parseStatsCsv } from '../../geodata/lib/stats';

const HEAD = 'area_code,area_name,area_level,year,indicator,value,unit,subgroup,source_table,source_file';
const row = (over: Partial<Record<string, string>> = {}) => {
  const r = {
    area_code: 'WK098834',
    area_name: 'Wijk 34 Stramproy',
    area_level: 'wijk',
    year: '2020',
    indicator: 'Eenzaam',
    value: '45.2',
    unit: '%',
    subgroup: 'leeftijd 18+',
    source_table: '50090NED',
    source_file: 'x',
    ...over,
  };
  return Object.values(r).join(',');
};

function issuesOf(text: string): string[] {
  try {
    parseStatsCsv(text, 'test.csv');
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => `${i.row}:${i.column ?? ''}:${i.message}`);
    throw e;
  }
  return [];
}

describe('parseStatsCsv', () => {
  it('reads a valid row', () => {
    const rows = parseStatsCsv(`${HEAD}\n${row()}\n`, 'test.csv');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ areaCode: 'WK098834', year: 2020, value: 45.2, subgroup: 'leeftijd 18+' });
  });

  it('treats CBS secret/missing markers as no data, never as 0', () => {
    const text = [
      HEAD,
      row({ value: '.' }),
      row({ value: '-99997', year: '2016' }),
      row({ value: '-99999999', year: '2012' }),
    ].join('\n');
    const rows = parseStatsCsv(text, 'test.csv');
    expect(rows.map((r) => r.value)).toEqual([null, null, null]);
  });

  it.each([
    ['malformed number', row({ value: '"12,5"' }), "2:value:'12,5' is geen getal"],
    ['unknown code format', row({ area_code: 'WK98834' }), '2:area_code:geen geldige gebiedscode'],
    ['level does not match code', row({ area_level: 'buurt' }), "2:area_level:'buurt' past niet bij code WK098834"],
    ['percentage out of range', row({ value: '140' }), '2:value:percentage 140 ligt niet tussen 0 en 100'],
    ['year not a number', row({ year: 'twintig' }), '2:year:'],
  ])('rejects %s, naming row and column', (_name, bad, expected) => {
    const issues = issuesOf(`${HEAD}\n${bad}\n`);
    expect(issues.some((i) => i.startsWith(expected))).toBe(true);
  });

  it('rejects duplicate rows naming both rows', () => {
    expect(issuesOf(`${HEAD}\n${row()}\n${row()}\n`)).toEqual([
      '3::dubbele rij: WK098834 Eenzaam 2020 leeftijd 18+ staat ook in rij 2',
    ]);
  });

  it('rejects a file without the required columns', () => {
    expect(issuesOf('code;waarde\nWK098834;3\n')[0]).toContain('kolom(men) ontbreken: area_code');
  });
});
