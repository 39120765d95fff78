import colorbrewer from 'colorbrewer/index.es.js';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_COLOR, paletteFor } from '../../src/lib/palette';

// The schemes reach the app one by one through a build plugin (vite.config.ts); they must be ColorBrewer's own.
describe('paletteFor', () => {
  it('gives the colorbrewer package colours for each polarity', () => {
    expect(paletteFor('higher-is-better', 5, false)).toEqual(colorbrewer.Blues[5]);
    expect(paletteFor('higher-is-worse', 7, false)).toEqual(colorbrewer.Oranges[7]);
    expect(paletteFor('neutral', 4, false)).toEqual(colorbrewer.Purples[4]);
  });

  it('diverges with RdBu (reversed when higher is worse) and puts the neutral colour in the middle', () => {
    const rdbu = colorbrewer.RdBu[5] as string[];
    expect(paletteFor('higher-is-better', 5, true)).toEqual([rdbu[0], rdbu[1], NEUTRAL_COLOR, rdbu[3], rdbu[4]]);
    expect(paletteFor('higher-is-worse', 5, true)).toEqual([rdbu[4], rdbu[3], NEUTRAL_COLOR, rdbu[1], rdbu[0]]);
    expect(paletteFor('neutral', 4, true)).toEqual(colorbrewer.PuOr[4]);
  });

  it('takes the outer colours of the 3-class scheme for two classes', () => {
    const blues = colorbrewer.Blues[3] as string[];
    expect(paletteFor('higher-is-better', 2, false)).toEqual([blues[0], blues[2]]);
  });
});
