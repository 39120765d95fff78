// Dutch alphabetical order for names, without Intl.Collator: the first collator of a page loads locale data
// (20–40 ms on the test machine), and the area picker sorts names for the first screen. Accents and case only break
// ties, as in the Dutch (CLDR root) collation; a test checks the order against localeCompare(…, 'nl') for every
// area name in the data and for names with accents, hyphens, digits and spaces.

const folded = (s: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, to skip normalising plain names
  (/^[\u0000-\u007f]*$/.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Letters first (no accents, no case), then accents (plain before accented), then case (lower before upper). */
export function compareNl(a: string, b: string): number {
  return byCodePoint(folded(a), folded(b)) || byCodePoint(a.toLowerCase(), b.toLowerCase()) || -byCodePoint(a, b);
}
