// Choropleth classification. Pure: values in, class breaks out. Missing values never enter (no-data is its own class).
import { ckmeans, quantileSorted } from 'simple-statistics';

export const CLASSIFICATION_METHODS = ['quantiles', 'ckmeans', 'equal', 'relative'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

export const METHOD_LABELS: Record<ClassificationMethod, string> = {
  quantiles: 'Kwantielen (even veel gebieden per klasse)',
  ckmeans: 'Natuurlijke grenzen (ckmeans)',
  equal: 'Gelijke intervallen',
  relative: 'Ten opzichte van Weert',
};

export interface Classes {
  method: ClassificationMethod;
  /** Ascending class edges, length = number of classes + 1; first = min, last = max. */
  breaks: number[];
  /** For 'relative': the reference value at the centre of the diverging scale. */
  reference?: number;
}

// Rounding to 10 significant digits removes float noise (7.200000000000001) from breaks and legends.
const clean = (x: number) => Number(x.toPrecision(10));
const uniqSorted = (xs: number[]) => [...new Set(xs.map(clean))].sort((a, b) => a - b);

/**
 * @param k requested number of classes; fewer are returned when there are fewer distinct values.
 * @param reference gemeente value, required for 'relative'.
 */
export function classify(values: number[], method: ClassificationMethod, k = 5, reference?: number): Classes | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const distinct = uniqSorted(sorted);
  if (distinct.length === 1) return { method, breaks: [min, max] };
  const n = Math.min(k, distinct.length);

  switch (method) {
    case 'quantiles': {
      const inner = Array.from({ length: n - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / n));
      return { method, breaks: uniqSorted([min, ...inner, max]) };
    }
    case 'ckmeans': {
      // Each cluster's lower bound is a break: classes follow the gaps in the data (Jenks-like, but optimal).
      const clusters = ckmeans(sorted, n);
      return { method, breaks: uniqSorted([...clusters.map((c) => c[0] as number), max]) };
    }
    case 'equal': {
      const step = (max - min) / n;
      return { method, breaks: Array.from({ length: n + 1 }, (_, i) => clean(i === n ? max : min + i * step)) };
    }
    case 'relative': {
      if (reference === undefined) return null;
      // Symmetric classes around the reference, so equal distance above or below gets equal colour strength.
      const span = Math.max(Math.abs(max - reference), Math.abs(reference - min)) || 1;
      const half = 3; // 3 classes below and 3 above: 6 classes, diverging
      const step = span / half;
      const breaks = Array.from({ length: 2 * half + 1 }, (_, i) => clean(reference + (i - half) * step));
      return { method, breaks, reference };
    }
  }
}

/** Index of the class a value falls in; the upper edge is inclusive for the last class only. */
export function classIndex(value: number, breaks: number[]): number {
  const last = breaks.length - 2;
  for (let i = 0; i < last; i++) if (value < (breaks[i + 1] as number)) return i;
  return Math.max(0, last);
}
