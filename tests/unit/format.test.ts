import { describe, expect, it } from 'vitest';
import { formatDifference, formatNumber, formatValue, formatValueParts } from '../../src/lib/format';

describe('Dutch number formatting', () => {
  it('uses a decimal comma and a thousands dot', () => {
    expect(formatValue(12.5, '%', 1)).toBe('12,5%');
    expect(formatValue(51079, 'aantal')).toBe('51.079');
    expect(formatValue(1.2, 'km', 1)).toBe('1,2 km');
    expect(formatValue(312, 'x 1000 euro')).toBe('€ 312.000');
  });
  it('splits a figure from its words so a large figure never breaks inside', () => {
    expect(formatValueParts(462.61, 'per 1.000 inwoners', 1)).toEqual({ figure: '462,6', unit: 'per 1.000 inwoners' });
    expect(formatValueParts(12.5, '%', 1)).toEqual({ figure: '12,5%', unit: '' });
    expect(formatValueParts(312, 'x 1000 euro')).toEqual({ figure: '€ 312.000', unit: '' });
    expect(formatValueParts(2, 'code 1-5').unit).toBe('(1 = zeer sterk stedelijk, 5 = niet stedelijk)');
    expect(formatValueParts(undefined, 'km', 1)).toEqual({ figure: 'geen gegevens', unit: '' });
    expect(formatValue(1.25, 'code 1-5')).toBe('1 (1 = zeer sterk stedelijk, 5 = niet stedelijk)');
  });
  it('shows missing values as no data, never as 0', () => {
    expect(formatValue(undefined, '%', 1)).toBe('geen gegevens');
    expect(formatValue(null, 'aantal')).toBe('geen gegevens');
  });
  it('signs differences in procentpunten', () => {
    expect(formatDifference(2.14, '%', 1)).toBe('+2,1 procentpunt');
    expect(formatDifference(-0.5, '%', 1)).toBe('−0,5 procentpunt');
    expect(formatDifference(-0.04, '%', 1)).toBe('±0,0 procentpunt');
  });
});

describe('formatNumber without Intl', () => {
  // Seeded, so a failure repeats; values across magnitudes, signs and exact ties.
  function* values(): Generator<number> {
    let s = 20261130;
    const rnd = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
    for (let i = 0; i < 4000; i++) {
      const magnitude = 10 ** Math.floor(rnd() * 12 - 4);
      yield (rnd() - 0.5) * 2 * magnitude;
    }
    yield* [0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 999.95, 999.5, 1234.5, -1234.5, 1e6, 12_345_678.9, 0.05, -0.04];
    yield* [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, -3e22];
  }

  it('writes exactly what Intl.NumberFormat nl-NL writes, for 0 to 3 decimals', () => {
    const mismatches: string[] = [];
    for (const v of values())
      for (const d of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
        const ours = formatNumber(v, d);
        if (ours !== intl) mismatches.push(`${v} (${d}): ${ours} ≠ ${intl}`);
      }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(51079)).toBe('51.079');
    expect(formatNumber(45.25, 1)).toBe('45,3');
    expect(formatNumber(-1234567.891, 2)).toBe('-1.234.567,89');
  });
});
