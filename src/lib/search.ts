// Indicator search across all area levels, with everyday words (synonyms from layers/synonyms.json). Pure: the
// catalogue and a query in, ranked hits out, each saying at which levels the indicator exists so the interface can
// offer "alleen per gemeente — tonen?" and switch level when it is picked.
import { levelsFor } from '../../core/availability';
import type { AreaLevel, CatalogueEntry } from '../../core/contracts/data';
import { compareNl } from './collate';

export interface SearchCatalogue {
  indicators: CatalogueEntry[];
  themes: Array<{ id: string; label: string }>;
  synonyms?: Record<string, string[]> | undefined;
}

export interface SearchOptions {
  /** The level the map shows now. */
  level: AreaLevel;
  /** The levels the viewer offers (levels outside this list, such as land, are not places to switch to). */
  levels: readonly AreaLevel[];
}

export interface SearchHit {
  entry: CatalogueEntry;
  /** The offered levels where this indicator has data, finest first. */
  levels: AreaLevel[];
  /** True when it exists at the current level. */
  atLevel: boolean;
  /** Where picking it shows it: the current level when it exists there, else the nearest level that has it. */
  target: AreaLevel;
  score: number;
  /** Everyday words that led here (synonyms), when the literal words did not. */
  via: string[];
}

export interface SearchResult {
  /** The query as normalised (lower case, no accents, single spaces). */
  query: string;
  /** At the current level first, then elsewhere; each by relevance, then label. */
  hits: SearchHit[];
  atLevel: number;
  elsewhere: number;
  /** The synonyms applied to the query: word → terms also searched. */
  expansions: Array<{ word: string; terms: string[] }>;
}

/** Finest to coarsest: the order of "per buurt, wijk en gemeente" and of the nearest-level choice. */
const GRAIN: readonly AreaLevel[] = ['buurt', 'wijk', 'deelgebied', 'gemeente', 'land'];

/** The noun after "per": "per buurt", "per gemeente". */
export const PER_LEVEL: Record<AreaLevel, string> = {
  buurt: 'buurt',
  wijk: 'wijk',
  deelgebied: 'deelgebied',
  gemeente: 'gemeente',
  land: 'land',
};

/** Lower case, accents removed, anything but letters and digits a single space: "Wmo-cliënten" → "wmo clienten". */
export function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "a", "a en b", "a, b en c". */
export function joinDutch(xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`;
}

/**
 * Where a hit exists, in words, for an option that is not at the current level: "alleen per gemeente" or
 * "per buurt en gemeente, niet per wijk". Empty for a hit at the current level.
 */
export function whereText(hit: Pick<SearchHit, 'levels' | 'atLevel'>, level: AreaLevel): string {
  if (hit.atLevel) return '';
  const names = hit.levels.map((l) => PER_LEVEL[l]);
  if (names.length === 0) return 'nog zonder gegevens';
  if (names.length === 1) return `alleen per ${names[0]}`;
  return `per ${joinDutch(names)}, niet per ${PER_LEVEL[level]}`;
}

/** The line under the box when nothing matched: what was searched and what to try. */
export function emptyMessage(query: string, suggestions: string[]): string {
  const tries = suggestions.slice(0, 3).map((s) => `“${s}”`);
  return `Geen indicator gevonden voor “${query.trim()}”, op geen enkel niveau.${
    tries.length > 0 ? ` Probeer een ander woord, bijvoorbeeld ${joinDutch(tries)}.` : ''
  }`;
}

interface Fields {
  label: string;
  labelWords: string[];
  description: string;
  theme: string;
  id: string;
}

const startsWord = (words: string[], term: string) => words.some((w) => w.startsWith(term));

/**
 * How well one (normalised) term matches an entry: 0 = not at all. Label beats description beats theme and id. A
 * synonym's terms are names of indicators, so they are looked for in the label only (a description mentions
 * "inwoners" or "huisarts" far too often to be a hit).
 */
function termScore(f: Fields, term: string, labelOnly: boolean): number {
  if (!term) return 0;
  const multi = term.includes(' ');
  if (f.label === term) return 100;
  if (f.label.startsWith(term)) return 80;
  if (!multi && f.labelWords.includes(term)) return 70;
  if (!multi && startsWord(f.labelWords, term)) return 60;
  if (f.label.includes(term)) return 45;
  if (labelOnly) return 0;
  if (f.description.includes(` ${term}`) || f.description.startsWith(term)) return 25;
  if (f.description.includes(term)) return 15;
  if (f.theme.includes(term)) return 10;
  if (f.id.includes(term.replace(/ /g, ''))) return 10;
  return 0;
}

/** Synonym words that apply to a query word: the word itself, or a word being typed (at least 3 letters). */
function synonymKeys(synonyms: Record<string, string[]>, word: string): string[] {
  return Object.keys(synonyms).filter((k) => k === word || (word.length >= 3 && !k.includes(' ') && k.startsWith(word)));
}

/** The nearest offered level where the indicator exists; ties go to the finer level (more detail). */
function nearest(levels: AreaLevel[], from: AreaLevel): AreaLevel | undefined {
  const at = GRAIN.indexOf(from);
  return [...levels].sort(
    (a, b) => Math.abs(GRAIN.indexOf(a) - at) - Math.abs(GRAIN.indexOf(b) - at) || GRAIN.indexOf(a) - GRAIN.indexOf(b),
  )[0];
}

/**
 * Every indicator whose name, description, theme or id holds each word of the query, literally or through a
 * synonym. An empty query gives every indicator at the current level (browsing), by label.
 */
export function searchIndicators(catalogue: SearchCatalogue, rawQuery: string, opts: SearchOptions): SearchResult {
  const query = normalise(rawQuery);
  const synonyms = Object.fromEntries(Object.entries(catalogue.synonyms ?? {}).map(([k, v]) => [normalise(k), v.map(normalise)]));
  const themeLabel = new Map(catalogue.themes.map((t) => [t.id, normalise(t.label)]));
  const words = query ? query.split(' ') : [];

  // A synonym of several words ("mentale gezondheid") applies to the whole query; otherwise each word has its own.
  const whole = query.includes(' ') && synonyms[query] ? query : null;
  const groups: Array<{ word: string; terms: Array<{ term: string; via?: string }> }> = whole
    ? [{ word: whole, terms: [{ term: whole }, ...(synonyms[whole] ?? []).map((t) => ({ term: t, via: whole }))] }]
    : words.map((w) => ({
        word: w,
        terms: [{ term: w }, ...synonymKeys(synonyms, w).flatMap((k) => (synonyms[k] ?? []).map((t) => ({ term: t, via: k })))],
      }));
  const expansions = groups.flatMap((g) => {
    const byWord = new Map<string, string[]>();
    for (const t of g.terms) if (t.via) byWord.set(t.via, [...(byWord.get(t.via) ?? []), t.term]);
    return [...byWord].map(([word, terms]) => ({ word, terms }));
  });

  const hits: SearchHit[] = [];
  for (const entry of catalogue.indicators) {
    const levels = GRAIN.filter((l) => opts.levels.includes(l) && levelsFor(entry).includes(l));
    const atLevel = levels.includes(opts.level);
    if (groups.length === 0 && !atLevel) continue;
    const label = normalise(entry.label);
    const f: Fields = {
      label,
      labelWords: label.split(' '),
      description: normalise(entry.description),
      theme: themeLabel.get(entry.theme) ?? '',
      id: normalise(entry.id),
    };
    let score = 0;
    const via = new Set<string>();
    let matched = true;
    for (const g of groups) {
      let best = 0;
      let bestVia: string | undefined;
      for (const t of g.terms) {
        // A synonym counts a little less than the word itself, so literal hits come first.
        const s = t.via ? termScore(f, t.term, true) * 0.7 : termScore(f, t.term, false);
        if (s > best) {
          best = s;
          bestVia = t.via;
        }
      }
      if (best === 0) {
        matched = false;
        break;
      }
      score += best;
      if (bestVia) via.add(bestVia);
    }
    if (!matched || levels.length === 0) continue;
    if (query && label.includes(query)) score += 30;
    hits.push({
      entry,
      levels,
      atLevel,
      target: atLevel ? opts.level : (nearest(levels, opts.level) ?? opts.level),
      score,
      via: [...via],
    });
  }
  hits.sort((a, b) => Number(b.atLevel) - Number(a.atLevel) || b.score - a.score || compareNl(a.entry.label, b.entry.label));
  const atLevel = hits.filter((h) => h.atLevel).length;
  return { query, hits, atLevel, elsewhere: hits.length - atLevel, expansions };
}
