// Given the viewer at wijk level, when a user searches for an indicator by an everyday word, then the search finds it
// at any level, says where it exists, and picking it shows it there — with the mouse or the keyboard alone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const legendTitle = (v: Viewer) => v.page.locator('#legend-title').textContent();

describe('zoeken naar een indicator', () => {
  it('offers "bijstand" at wijk level as the regional indicator and shows it on the regio map when chosen', async () => {
    const v = await Viewer.open(browser, '?niveau=wijk&basemap=offline');
    const box = v.indicatorBox();
    await box.fill('bijstand');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const option = v.page.getByRole('option', { name: /^Algemene bijstandsuitkeringen/ });
    await expect(option.textContent()).resolves.toMatch(/alleen per gemeente — tonen\?/);
    await expect(v.page.getByTestId('indicator-search-status').textContent()).resolves.toMatch(
      /0 indicatoren per wijk, 1 indicator alleen op een ander niveau/,
    );
    await option.click();
    await expect.poll(() => legendTitle(v)).toBe('Algemene bijstandsuitkeringen');
    await expect(v.page.getByRole('radio', { name: /^Regio/ }).isChecked()).resolves.toBe(true);
    expect(v.page.url()).toContain('niveau=gemeente');
    expect(v.page.url()).toContain('indicator=WWB_UITTOT');
    await expect(v.page.getByTestId('indicator-search-status').textContent()).resolves.toMatch(
      /niet per wijk: de kaart toont nu de gemeenten in de regio/,
    );
    await expect(box.inputValue()).resolves.toBe('Algemene bijstandsuitkeringen');
    // Weert and its six neighbours are drawn.
    expect(await v.waitForRenderedCount(7)).toHaveLength(7);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('finds everyday words through the synonyms: "armoede" offers what exists per wijk first, then the rest', async () => {
    const v = await Viewer.open(browser, '?niveau=wijk&basemap=offline');
    await v.indicatorBox().fill('armoede');
    const groups = v.page.getByRole('listbox').getByRole('group');
    await expect(groups.first().getAttribute('aria-label')).resolves.toBe('Per wijk');
    await expect(groups.first().getByRole('option', { name: 'Moeite met rondkomen', exact: true }).count()).resolves.toBe(1);
    await expect(
      groups
        .nth(1)
        .getByRole('option', { name: /^Algemene bijstandsuitkeringen/ })
        .count(),
    ).resolves.toBe(1);
    await expect(v.page.getByTestId('indicator-search-status').textContent()).resolves.toMatch(/Ook gezocht op: .*bijstand/);
    await v.page.close();
  });

  it('says so clearly when nothing is found', async () => {
    const v = await Viewer.open(browser, '?niveau=wijk&basemap=offline');
    await v.indicatorBox().fill('xyzzy');
    await expect(v.page.locator('[role=listbox] [role=option]').count()).resolves.toBe(0);
    await expect(v.indicatorBox().getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(v.page.getByTestId('indicator-search-status').textContent()).resolves.toMatch(
      /Geen indicator gevonden voor “xyzzy”, op geen enkel niveau\. Probeer een ander woord/,
    );
    await v.page.close();
  });

  it('picks an indicator with the keyboard alone: Tab to the box, type, arrows, Enter; Escape closes', async () => {
    const v = await Viewer.open(browser, '?niveau=wijk&basemap=offline');
    const box = v.indicatorBox();
    // Reach the box by tabbing, as a keyboard user does.
    for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++)
      await v.page.keyboard.press('Tab');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await v.page.keyboard.type('eenzaam');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const activeName = () =>
      box.evaluate((el) => {
        const id = el.getAttribute('aria-activedescendant');
        return id ? (document.getElementById(id)?.textContent ?? null) : null;
      });
    // The best hit is highlighted while typing; Down and Up move through the list.
    await expect(activeName()).resolves.toBe('Eenzaam');
    await v.page.keyboard.press('ArrowDown');
    const second = await activeName();
    expect(second).not.toBe('Eenzaam');
    await v.page.keyboard.press('ArrowUp');
    await expect(activeName()).resolves.toBe('Eenzaam');
    await v.page.keyboard.press('ArrowDown');
    await v.page.keyboard.press('Enter');
    await expect.poll(() => legendTitle(v)).toBe(second);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Escape closes the list and keeps the shown indicator; a second Escape drops the typed text.
    await v.page.keyboard.type('roken');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await v.page.keyboard.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await v.page.keyboard.press('Escape');
    await expect(box.inputValue()).resolves.toBe(second);
    await expect(legendTitle(v)).resolves.toBe(second);

    // Alt+Down opens the full list for this level on the current indicator.
    await v.page.keyboard.press('Alt+ArrowDown');
    await expect(activeName()).resolves.toBe(second);
    await v.page.keyboard.press('Escape');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('switches level from the keyboard too, for an indicator that exists elsewhere only', async () => {
    const v = await Viewer.open(browser, '?niveau=wijk&basemap=offline');
    await v.indicatorBox().focus();
    await v.page.keyboard.type('wmo');
    // Down past what exists per wijk, to the gemeente-level Wmo indicator, then Enter.
    for (let i = 0; i < 10; i++) {
      const name = await v.indicatorBox().evaluate((el) => {
        const id = el.getAttribute('aria-activedescendant');
        return id ? (document.getElementById(id)?.textContent ?? '') : '';
      });
      if (name.startsWith('Wmo-cliënten')) break;
      await v.page.keyboard.press('ArrowDown');
    }
    await v.page.keyboard.press('Enter');
    await expect.poll(() => legendTitle(v)).toBe('Wmo-cliënten per 1000 inwoners');
    expect(v.page.url()).toContain('niveau=gemeente');
    await v.page.close();
  });
});

describe('uitleg', () => {
  it('explains the indicator: definition, source and year, reliability and why values are missing', async () => {
    const v = await Viewer.open(browser, '?niveau=buurt&indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B&basemap=offline');
    const info = v.page.getByTestId('indicator-info');
    await info.getByText('Wat betekent dit?').click();
    const text = (await info.textContent()) ?? '';
    await expect(v.page.getByTestId('indicator-description').textContent()).resolves.toContain(
      'matig tot (zeer) ernstig eenzaam',
    );
    expect(text).toContain('Een percentage');
    expect(text).toContain('Gezondheidsmonitor');
    expect(text).toMatch(/Jaren per buurt: 2012, 2016 en 2020/);
    expect(text).toMatch(/schatting met een rekenmodel/);
    expect(text).toMatch(/Geen gegevens.*Afgeschermd/s);
    await expect(info.getByTestId('info-missing').textContent()).resolves.toMatch(/^Op deze kaart: \d+ buurt(en)? zonder cijfer/);
    // No internal notes in the public build.
    await expect(info.getByTestId('internal-caveat').count()).resolves.toBe(0);
    // Plain words for the classes, correct plurals in the legend.
    const legend = (await v.page.getByTestId('legend').textContent()) ?? '';
    expect(legend).toContain('Even veel gebieden per kleur');
    expect(legend).not.toMatch(/kwantiel|ckmeans|onderdrukt|\b1 buurten\b/i);
    await v.page.close();
  });

  it('has a footer with methods, accessibility statement, contact (to be filled in) and last-updated date', async () => {
    const v = await Viewer.open(browser, '?basemap=offline');
    const footer = v.page.getByTestId('site-footer');
    await expect(footer.getByTestId('last-updated').textContent()).resolves.toMatch(/^Laatst bijgewerkt: /);
    await footer.getByText('Methode: hoe de kaart gemaakt is').click();
    await expect(footer.getByTestId('methods').textContent()).resolves.toMatch(/procentpunt/);
    await footer.getByText('Toegankelijkheid', { exact: true }).click();
    await expect(footer.getByTestId('accessibility-statement').textContent()).resolves.toMatch(/WCAG 2\.1 niveau AA/);
    await footer.getByText('Contact', { exact: true }).click();
    await expect(footer.getByTestId('contact').textContent()).resolves.toMatch(/team Onderzoek/);
    await expect(footer.getByTestId('contact-todo').isVisible()).resolves.toBe(true);
    await expect(footer.locator('a[href^="mailto:"]').count()).resolves.toBe(0);
    await v.page.close();
  });
});
