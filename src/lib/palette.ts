// Colour-blind-safe ColorBrewer schemes (the colorbrewer package: the published colours as data, no interpolators);
// direction follows the indicator's polarity. Each scheme is its own import (see vite.config.ts) so the bundle holds
// only these five.
import Blues from 'virtual:colorbrewer/Blues';
import Oranges from 'virtual:colorbrewer/Oranges';
import PuOr from 'virtual:colorbrewer/PuOr';
import Purples from 'virtual:colorbrewer/Purples';
import RdBu from 'virtual:colorbrewer/RdBu';
import type { Polarity } from '../../core/contracts/config';

export const NO_DATA_COLOR = '#d9d9d9';
/**
 * The neutral middle of a diverging scale ("vergelijkbaar", "geen verandering"): ColorBrewer's near-white would read
 * as the neighbouring gemeenten around Weert, so a light straw that is clearly a class of its own.
 */
export const NEUTRAL_COLOR = '#efe3b0';
export const NO_DATA_PATTERN_ID = 'no-data-hatch';

type Scheme = Partial<Record<number, string[]>>;

function pick(scheme: Scheme, n: number): string[] {
  const k = Math.max(3, Math.min(9, n));
  const colors = [...(scheme[k] ?? [])];
  // ColorBrewer has no 1- or 2-class variants: take the outer colours of the 3-class scheme.
  return n >= 3 ? colors : n === 2 ? [colors[0] as string, colors[2] as string] : [colors[1] as string];
}

/**
 * Sequential: darker = more. Higher-is-worse uses oranges (more = more concern), higher-is-better blues,
 * neutral purples, so the colour itself hints at the reading. Diverging ('relative'): blue = gunstiger than Weert,
 * red = ongunstiger; neutral indicators get orange/purple (PuOr) without a good/bad reading.
 */
export function paletteFor(polarity: Polarity, classes: number, diverging: boolean): string[] {
  if (diverging) {
    const rdbu = pick(RdBu, classes); // red (low) → blue (high)
    const scheme =
      polarity === 'higher-is-better' ? rdbu : polarity === 'higher-is-worse' ? [...rdbu].reverse() : pick(PuOr, classes); // no good/bad reading: orange below, purple above
    // Odd class counts have a neutral middle class.
    if (classes % 2 === 1) scheme[(classes - 1) / 2] = NEUTRAL_COLOR;
    return scheme;
  }
  if (polarity === 'higher-is-worse') return pick(Oranges, classes);
  if (polarity === 'higher-is-better') return pick(Blues, classes);
  return pick(Purples, classes);
}

/** Relative luminance contrast, to choose black or white label text on a class colour (WCAG 1.4.3). */
export function textColorOn(bg: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(bg.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
