import { describe, expect, it } from 'vitest';
import { formatDifference, formatValue } from '../../src/lib/format';

describe('Dutch number formatting', () => {
  it('uses a decimal comma and a thousands dot', () => {
    expect(formatValue(12.5, '%', 1)).toBe('12,5%');
    expect(formatValue(51079, 'aantal')).toBe('51.079');
    expect(formatValue(1.2, 'km', 1)).toBe('1,2 km');
    expect(formatValue(312, 'x 1000 euro')).toBe('€ 312.000');
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
