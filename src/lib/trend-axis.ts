// The y axis of a trend chart, chosen so it does not exaggerate: a share (%) starts at 0 and spans at least
// MIN_SHARE_SPAN procentpunt; other values span at least MIN_RELATIVE_SPAN of their size. Pure.

export const MIN_SHARE_SPAN = 10;
export const MIN_RELATIVE_SPAN = 0.1;

export interface TrendAxis {
  lo: number;
  hi: number;
  ticks: number[];
  /** Dutch, for the caption: how the axis was chosen. */
  note: string;
}

function niceStep(span: number, target = 4): number {
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

function ticksOf(lo: number, hi: number): number[] {
  const step = niceStep(hi - lo);
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toFixed(10)));
  return out;
}

export function trendAxis(values: number[], unit: string): TrendAxis {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (unit === '%') {
    // A share starts at 0 (or below, for a negative change); the top is the largest value rounded up to a tick,
    // at least MIN_SHARE_SPAN procentpunt above the bottom, and never above 100% unless a value is.
    const lo = Math.min(0, min);
    let hi = Math.max(max, lo + MIN_SHARE_SPAN);
    hi = Math.ceil(hi / niceStep(hi - lo)) * niceStep(hi - lo);
    if (max <= 100 && hi > 100) hi = 100;
    return {
      lo,
      hi,
      ticks: ticksOf(lo, hi),
      note: `De as ${lo === 0 ? 'begint bij' : 'loopt door'} 0% en beslaat minstens ${MIN_SHARE_SPAN} procentpunt, zodat kleine verschillen niet groter lijken dan ze zijn.`,
    };
  }
  const minSpan = Math.max(Math.abs(max), Math.abs(min)) * MIN_RELATIVE_SPAN || 1;
  let lo = min;
  let hi = max;
  let widened = false;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
    widened = true;
    // Do not cross zero for values that are all positive.
    if (min >= 0 && lo < 0) {
      hi -= lo;
      lo = 0;
    }
  } else {
    const pad = (hi - lo) * 0.1;
    lo = min >= 0 ? Math.max(0, lo - pad) : lo - pad;
    hi += pad;
  }
  return {
    lo,
    hi,
    ticks: ticksOf(lo, hi),
    note: widened
      ? `Kleine verschillen: de as beslaat minstens ${Math.round(MIN_RELATIVE_SPAN * 100)}% van de waarde, zodat ze niet groter lijken dan ze zijn.`
      : 'De as begint niet bij 0: let op de getallen langs de as.',
  };
}
