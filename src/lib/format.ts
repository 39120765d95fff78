// Dutch number formatting (nl-NL): decimal comma, thousands dot. One place so every label reads the same.

const cache = new Map<number, Intl.NumberFormat>();
function nf(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  return f;
}

/**
 * The same text as `Intl.NumberFormat('nl-NL')` with this many decimals (a test compares them over many values), without
 * Intl for ordinary numbers: a page's first Intl.NumberFormat loads locale data, 50–90 ms on the test machine, and
 * the first map's legend needs numbers. Like Intl, it rounds the shortest decimal form of the number half away from
 * zero (1.005 → 1,01), by shifting the decimal exponent instead of multiplying.
 */
export function formatNumber(value: number, decimals = 0): string {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs * 10 ** decimals >= Number.MAX_SAFE_INTEGER) return nf(decimals).format(value);
  const [mantissa, exponent = '0'] = String(abs).split('e');
  const scaled = String(Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`))).padStart(decimals + 1, '0');
  const whole = scaled.slice(0, scaled.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = scaled.slice(scaled.length - decimals);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** Value with its unit, e.g. `12,5%`, `1,2 km`, `€ 312.000`, `2,3 personen per huishouden`. */
export function formatValue(value: number | null | undefined, unit: string, decimals = 0): string {
  const p = formatValueParts(value, unit, decimals);
  return p.unit ? `${p.figure} ${p.unit}` : p.figure;
}

/** The words written after a figure of this unit ("per 1.000 inwoners"); empty when the sign sits in the figure. */
export function unitWords(unit: string): string {
  switch (unit) {
    case '%':
    case 'x 1000 euro':
    case 'aantal':
      return '';
    case 'code 1-5':
      return '(1 = zeer sterk stedelijk, 5 = niet stedelijk)';
    default:
      return unit;
  }
}

/** The figure and the words after it apart, so a large figure can be set without its unit wrapping under it. */
export function formatValueParts(value: number | null | undefined, unit: string, decimals = 0): { figure: string; unit: string } {
  if (value === null || value === undefined || Number.isNaN(value)) return { figure: 'geen gegevens', unit: '' };
  const words = unitWords(unit);
  switch (unit) {
    case '%':
      return { figure: `${formatNumber(value, decimals)}%`, unit: words };
    case 'x 1000 euro':
      return { figure: `€ ${formatNumber(value * 1000, 0)}`, unit: words };
    case 'code 1-5':
      return { figure: formatNumber(value, 0), unit: words };
    default:
      return { figure: formatNumber(value, decimals), unit: words };
  }
}

/** Short form for legends and chart axes. */
export function formatShort(value: number, unit: string, decimals = 0): string {
  if (unit === '%') return `${formatNumber(value, decimals)}%`;
  if (unit === 'x 1000 euro') return `€ ${formatNumber(value * 1000, 0)}`;
  return formatNumber(value, decimals);
}

/** Signed difference, e.g. `+2,1 procentpunt`. */
export function formatDifference(diff: number, unit: string, decimals = 0): string {
  // Sign from the rounded value: −0,04 shown with 1 decimal is "±0,0", not "−0,0".
  const rounded = Number(diff.toFixed(decimals));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  const abs = formatNumber(Math.abs(diff), decimals);
  if (unit === '%') return `${sign}${abs} procentpunt`;
  if (unit === 'x 1000 euro') return `${sign}€ ${formatNumber(Math.abs(diff) * 1000, 0)}`;
  if (unit === 'aantal') return `${sign}${abs}`;
  return `${sign}${abs} ${unit}`;
}
