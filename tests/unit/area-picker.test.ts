// The area picker: a list of tens of areas is in the page at once; at national size (thousands) only the chosen one
// is, and the rest are made when the list is first used (the browser check is in the benchmark's national page).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AreaPicker, LAZY_OPTIONS_OVER } from '../../src/components/AreaPicker';

const areas = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ code: `BU${String(i).padStart(8, '0')}`, name: `Buurt ${n - i}` }));
const render = (n: number, selected: string | null) =>
  renderToStaticMarkup(createElement(AreaPicker, { areas: areas(n), selected, onSelect: () => {}, levelWord: 'buurt' }));
const options = (html: string) => [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);

describe('area picker', () => {
  it('lists every area of a gemeente at once, in Dutch name order', () => {
    const html = render(38, null);
    const opts = options(html);
    expect(opts).toHaveLength(39);
    expect(opts[0]).toEqual(['', '—']);
    expect(opts[1]).toEqual(['BU00000037', 'Buurt 1']);
    expect(opts[2]).toEqual(['BU00000028', 'Buurt 10']);
  });

  it('at national size holds only the chosen area until the list is used, and shows it as chosen', () => {
    const n = LAZY_OPTIONS_OVER + 1;
    expect(options(render(n, null))).toEqual([['', '—']]);
    const html = render(n, 'BU00000005');
    expect(options(html)).toEqual([
      ['', '—'],
      ['BU00000005', `Buurt ${n - 5}`],
    ]);
    expect(html).toMatch(/<option value="BU00000005" selected="">/);
  });
});
