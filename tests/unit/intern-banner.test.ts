// The banner of the internal profile: visible, in Dutch, and only when the data says it was built that way.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InternBanner } from '../../src/components/InternBanner';

const render = (profile: 'publiek' | 'intern') =>
  renderToStaticMarkup(createElement(InternBanner, { publication: { profile, minPopulation: 50, minOwnCount: 5 } }));

describe('InternBanner', () => {
  it('says in Dutch that small numbers are not withheld, when the data is internal', () => {
    const html = render('intern');
    expect(html).toContain('data-testid="intern-banner"');
    expect(html).toContain('Interne versie: kleine aantallen zijn niet onderdrukt. Niet publiceren of delen buiten de gemeente.');
  });

  it('shows nothing for the public profile', () => {
    expect(render('publiek')).toBe('');
  });
});
