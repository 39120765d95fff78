import { describe, expect, it } from 'vitest';
import { MIN_SHARE_SPAN, trendAxis } from '../../src/lib/trend-axis';

describe('trend axis that does not exaggerate', () => {
  it('starts a share at 0%, with round ticks, and says so', () => {
    const a = trendAxis([45.3, 47.1, 47], '%');
    expect(a.lo).toBe(0);
    expect(a.hi).toBeGreaterThanOrEqual(47.1);
    expect(a.hi).toBeLessThanOrEqual(100);
    expect(a.ticks[0]).toBe(0);
    expect(a.ticks.every((t) => t >= a.lo && t <= a.hi)).toBe(true);
    expect(a.note).toMatch(/begint bij 0%/);
  });

  it('spans at least 10 procentpunt for tiny shares (1,8% against 1,9% is not a cliff)', () => {
    const a = trendAxis([1.8, 1.9], '%');
    expect(a.lo).toBe(0);
    expect(a.hi - a.lo).toBeGreaterThanOrEqual(MIN_SHARE_SPAN);
    expect(a.note).toMatch(/minstens 10 procentpunt/);
  });

  it('never runs past 100% for shares', () => {
    expect(trendAxis([96, 98.5], '%').hi).toBe(100);
  });

  it('widens a tiny range of other values to at least 10% of their size', () => {
    const a = trendAxis([2.31, 2.33], 'personen per huishouden');
    expect(a.hi - a.lo).toBeGreaterThanOrEqual(0.233 - 1e-9);
    expect(a.note).toMatch(/minstens 10%/);
    const wide = trendAxis([100, 300], 'aantal');
    expect(wide.lo).toBeLessThanOrEqual(100);
    expect(wide.hi).toBeGreaterThanOrEqual(300);
  });
});
