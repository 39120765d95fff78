// Dutch counts with the right noun: "1 buurt", "2 buurten", "1 indicator", "2 indicatoren".
import type { AreaLevel } from '../../core/contracts/data';

const AREA_NOUNS: Record<AreaLevel, [string, string]> = {
  buurt: ['buurt', 'buurten'],
  wijk: ['wijk', 'wijken'],
  deelgebied: ['deelgebied', 'deelgebieden'],
  gemeente: ['gemeente', 'gemeenten'],
  land: ['land', 'landen'],
};

/** The noun for n: singular for exactly 1, plural otherwise (also for 0: "0 buurten"). */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "1 wijk", "16 wijken". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${plural(n, one, many)}`;
}

/** "1 buurt", "38 buurten", by level. */
export function areaCount(n: number, level: AreaLevel): string {
  const [one, many] = AREA_NOUNS[level];
  return countOf(n, one, many);
}

/** "1 indicator", "12 indicatoren". */
export const indicatorCount = (n: number) => countOf(n, 'indicator', 'indicatoren');

/** Singular and plural of the nouns the app counts in generated text. */
export const NOUNS = {
  waarde: ['waarde', 'waarden'],
  wijziging: ['wijziging', 'wijzigingen'],
  woning: ['woning', 'woningen'],
  locatie: ['locatie', 'locaties'],
  jaar: ['jaar', 'jaren'],
  gebied: ['gebied', 'gebieden'],
} as const satisfies Record<string, readonly [string, string]>;

/** "1 wijziging", "3 wijzigingen" (formatted numbers too: "1.200 woningen"). */
export function nounCount(n: number, noun: keyof typeof NOUNS, shown: string = String(n)): string {
  const [one, many] = NOUNS[noun];
  return `${shown} ${plural(n, one, many)}`;
}

/** The verb agreeing with n: "1 locatie ligt", "3 locaties liggen". */
export const verb = (n: number, one: string, many: string) => plural(n, one, many);
