// The profile's comparison bars: a long unit is said once in the caption, not beside every bar (where it wrapped onto
// three lines on the projector); figures keep nl-NL formatting, and a percentage keeps its sign beside the number.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompareBars } from '../../src/components/CompareBars';
import type { Comparison } from '../../src/lib/profile';

const items: Comparison[] = [
  { code: 'BU1', name: 'Boshoven-Vrakker', value: 443.31, suppressed: false, kind: 'gebied' },
  { code: 'GM0988', name: 'Weert', value: 465.3, suppressed: false, kind: 'gemeente' },
];
const render = (unit: string) =>
  renderToStaticMarkup(createElement(CompareBars, { items, unit, decimals: 1, caption: 'Vergelijking (2024)' }));
const values = (html: string) => [...html.matchAll(/class="bar-value">([^<]*)</g)].map((m) => m[1]);

describe('comparison bars', () => {
  it('gives a unit in words once, in the caption', () => {
    const html = render('per 1.000 inwoners');
    expect(values(html)).toEqual(['443,3', '465,3']);
    expect(html).toContain('<figcaption>Vergelijking (2024); eenheid: per 1.000 inwoners</figcaption>');
  });
  it('keeps a percentage sign beside each figure and adds nothing to the caption', () => {
    const html = render('%');
    expect(values(html)).toEqual(['443,3%', '465,3%']);
    expect(html).toContain('<figcaption>Vergelijking (2024)</figcaption>');
  });
});
