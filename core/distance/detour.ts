// Detour (circuity) factor: road distance ÷ straight-line distance. No Dutch or Weert value is published, so the
// factor is fitted on CBS's own road distances: per wijk, the straight-line population-weighted mean d_i against
// the CBS mean road distance c_i, least squares through the origin (f = Σ d·c / Σ d²). CBS rounds c_i to 0.1 km,
// which dominates the ratio for wijken at 0.4 km: read the spread with that in mind.

export interface DetourRow {
  code: string;
  /** straight-line population-weighted mean distance, metres */
  straight: number;
  /** CBS road distance, metres */
  road: number;
}

export interface DetourResidual extends DetourRow {
  ratio: number;
  fitted: number;
  /** f·d_i − c_i, metres */
  residual: number;
}

export interface DetourFit {
  factor: number;
  n: number;
  ratioMin: number;
  ratioMax: number;
  ratioMean: number;
  /** sample standard deviation of the per-row ratios (0 for a single row) */
  ratioSd: number;
  /** root mean square of the residuals, metres */
  rmse: number;
  rows: DetourResidual[];
}

export function fitDetour(input: DetourRow[]): DetourFit {
  const rows = input.filter((r) => Number.isFinite(r.straight) && Number.isFinite(r.road) && r.straight > 0);
  if (rows.length === 0) throw new Error('fitDetour: no usable rows');
  let sdc = 0;
  let sdd = 0;
  for (const r of rows) {
    sdc += r.straight * r.road;
    sdd += r.straight * r.straight;
  }
  const factor = sdc / sdd;
  const ratios = rows.map((r) => r.road / r.straight);
  const mean = ratios.reduce((s, v) => s + v, 0) / ratios.length;
  const sd = ratios.length > 1 ? Math.sqrt(ratios.reduce((s, v) => s + (v - mean) ** 2, 0) / (ratios.length - 1)) : 0;
  const out = rows.map((r, i) => ({
    ...r,
    ratio: ratios[i] ?? 0,
    fitted: factor * r.straight,
    residual: factor * r.straight - r.road,
  }));
  return {
    factor,
    n: rows.length,
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    ratioMean: mean,
    ratioSd: sd,
    rmse: Math.sqrt(out.reduce((s, r) => s + r.residual ** 2, 0) / out.length),
    rows: out,
  };
}
