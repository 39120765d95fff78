import { describe, expect, it } from 'vitest';
import { classIndex, classify } from '../../src/lib/classify';

const values = [1, 2, 2, 3, 10, 11, 12, 30, 31, 50];

describe('classify', () => {
  it('quantiles put about the same number of values in each class', () => {
    const c = classify(values, 'quantiles', 5);
    expect(c?.breaks).toEqual([1, 2, 7.2, 11.4, 30.2, 50]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) {
      const i = classIndex(v, c?.breaks ?? []);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    expect(counts).toEqual([1, 3, 2, 2, 2]);
  });

  it('ckmeans breaks fall in the gaps of the data', () => {
    const c = classify([1, 2, 3, 20, 21, 22, 50, 51], 'ckmeans', 3);
    expect(c?.breaks).toEqual([1, 20, 50, 51]);
  });

  it('equal intervals span min to max in equal steps', () => {
    expect(classify([0, 1, 5, 7, 10], 'equal', 5)?.breaks).toEqual([0, 2, 4, 6, 8, 10]);
    // Never more classes than distinct values.
    expect(classify([0, 10], 'equal', 5)?.breaks).toEqual([0, 5, 10]);
  });

  it('relative classes are symmetric around the reference, with a neutral middle class', () => {
    const c = classify([8, 9, 10.5], 'relative', 5, 10);
    expect(c?.reference).toBe(10);
    // Steps of span/3.5 around 10; the two classes above 10,86 hold no value and are left out (no empty rows).
    expect(c?.breaks).toEqual([8, 8.571428571, 9.142857143, 9.714285714, 10.28571429, 10.85714286]);
    expect(c?.paletteIndex).toEqual([0, 1, 2, 3, 4]);
    // Equal to the reference (or no change) falls in the neutral middle class, never on a good or bad side.
    expect(classIndex(10, c?.breaks ?? [])).toBe(3);
    expect(classIndex(9.99, c?.breaks ?? [])).toBe(3);
    expect(classIndex(8, c?.breaks ?? [])).toBe(0);
    expect(classIndex(10.5, c?.breaks ?? [])).toBe(4);
  });

  it('keeps the neutral class and the colour of each step when all values lie on one side', () => {
    const c = classify([10, 11, 12, 14], 'relative', 5, 10);
    expect(c?.paletteIndex).toEqual([3, 4, 5, 6]);
    expect(classIndex(10, c?.breaks ?? [])).toBe(0);
  });

  it('quantiles never merge distinct values when many values are equal', () => {
    const c = classify([1, 1, 1, 1, 1, 1, 1, 2, 3], 'quantiles', 3);
    const classes = new Set([1, 2, 3].map((v) => classIndex(v, c?.breaks ?? [])));
    expect(classes.size).toBe(3);
  });

  it('never invents classes: no values → null, one distinct value → one class', () => {
    expect(classify([], 'quantiles')).toBeNull();
    expect(classify([4, 4, 4], 'ckmeans')?.breaks).toEqual([4, 4]);
    expect(classify([1, 2], 'relative')).toBeNull();
  });

  it('max value belongs to the last class, min to the first', () => {
    const b = [0, 5, 10];
    expect(classIndex(0, b)).toBe(0);
    expect(classIndex(10, b)).toBe(1);
    expect(classIndex(5, b)).toBe(1);
  });
});
