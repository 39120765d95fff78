// Scenario outcomes as indicators like any other (GS_*): catalogue entries and series per level and year, so the
// legend, table, profile and comparison work on them unchanged. Pure.
import { type Availability, availabilityOf } from '../availability';
import { type AreaLevel, WEERT_CODE } from '../codes';
import type { IndicatorConfig } from '../contracts/config';
import type { CatalogueEntry, Series } from '../contracts/data';
import { AGE_GROUPS } from '../contracts/scenario';
import { aggregateEffects, type Effects, M, type Metric, UNASSIGNED } from './effects';

export const isGrowthIndicator = (id: string) => id.startsWith('GS_');

interface GrowthIndicator {
  id: string;
  label: string;
  description: string;
  unit: string;
  decimals: number;
  measure: IndicatorConfig['measure'];
  /** subgroup → metric; a single 'totaal' for most. */
  metrics: Record<string, Metric>;
}

const age = Object.fromEntries(AGE_GROUPS.map((g) => [`leeftijd ${g}`, `inwoners ${g}` as Metric]));

export const GROWTH_INDICATORS: GrowthIndicator[] = [
  {
    id: 'GS_WONINGEN',
    label: 'Extra woningen (scenario, netto)',
    description: 'Netto toegevoegde woningen sinds het startjaar van het scenario: nieuwbouw min vervangen woningen.',
    unit: 'aantal',
    decimals: 0,
    measure: 'count',
    metrics: { totaal: 'woningenNetto' },
  },
  {
    id: 'GS_INWONERS',
    label: 'Extra inwoners (scenario)',
    description:
      'Inwoners van de netto toegevoegde woningen, naar leeftijd; volgens bezetting en leeftijdsprofiel van het scenario.',
    unit: 'aantal',
    decimals: 0,
    measure: 'count',
    metrics: { totaal: 'inwoners', ...age },
  },
  {
    id: 'GS_GROEI',
    label: 'Groei van het aantal inwoners (scenario)',
    description: 'Extra inwoners uit het scenario als percentage van het huidige aantal inwoners (CBS).',
    unit: '%',
    decimals: 1,
    measure: 'rate',
    metrics: { totaal: 'inwoners' },
  },
  {
    id: 'GS_LEERLINGEN_PO',
    label: 'Extra leerlingen basisonderwijs (scenario)',
    description: 'Kinderen van 4 tot en met 11 jaar in de nieuwe woningen maal de deelname aan het basisonderwijs.',
    unit: 'aantal',
    decimals: 0,
    measure: 'count',
    metrics: { totaal: 'leerlingenBasis' },
  },
  {
    id: 'GS_LEERLINGEN_VO',
    label: 'Extra leerlingen voortgezet onderwijs (scenario)',
    description: 'Jongeren van 12 tot en met 17 jaar in de nieuwe woningen maal de deelname aan het voortgezet onderwijs.',
    unit: 'aantal',
    decimals: 0,
    measure: 'count',
    metrics: { totaal: 'leerlingenVoortgezet' },
  },
  {
    id: 'GS_KINDEROPVANG',
    label: 'Extra kinderen in de kinderopvang (scenario)',
    description: 'Kinderen van 0 tot en met 3 jaar in de nieuwe woningen maal het aandeel dat naar de kinderopvang gaat.',
    unit: 'aantal',
    decimals: 0,
    measure: 'count',
    metrics: { totaal: 'kinderopvang' },
  },
  {
    id: 'GS_WMO',
    label: 'Extra Wmo-cliënten 75+ (scenario)',
    description: 'Inwoners van 75 jaar en ouder in de nieuwe woningen maal het aandeel met een Wmo-maatwerkvoorziening.',
    unit: 'aantal',
    decimals: 0,
    measure: 'count',
    metrics: { totaal: 'wmo' },
  },
  {
    id: 'GS_HUISARTS_FTE',
    label: 'Extra huisartsen (fte, scenario)',
    description: 'Extra inwoners gedeeld door het aantal patiënten van een normpraktijk per fulltime huisarts.',
    unit: 'fte',
    decimals: 2,
    measure: 'count',
    metrics: { totaal: 'huisartsFte' },
  },
  {
    id: 'GS_SPORTHAL',
    label: 'Extra sporthalcapaciteit (scenario)',
    description:
      'Extra inwoners gedeeld door het aantal inwoners per sporthal (bandbreedte van het Mulier Instituut; de gekozen waarde is een aanname).',
    unit: 'sporthallen',
    decimals: 2,
    measure: 'count',
    metrics: { totaal: 'sporthallen' },
  },
  {
    id: 'GS_RUIMTECLAIM',
    label: 'Sociale ruimteclaim (m², scenario)',
    description:
      'Vloer- en buitenruimte die de extra inwoners vragen: schoolgebouwen, schoolplein, kinderopvang en sporthal, volgens de normen van het scenario.',
    unit: 'm²',
    decimals: 0,
    measure: 'count',
    metrics: {
      totaal: 'm2Totaal',
      basisschoolgebouw: 'm2Basisschool',
      schoolplein: 'm2Schoolplein',
      'voortgezet onderwijs': 'm2Voortgezet',
      kinderopvang: 'm2Kinderopvang',
      sporthal: 'm2Sporthal',
    },
  },
];

export const GROWTH_SOURCE = 'Groeiscenario (model)';

/** Catalogue metadata of the GS_* indicators (availability is added from the series). */
export function growthIndicatorConfigs(scenarioName: string): IndicatorConfig[] {
  return GROWTH_INDICATORS.map((g) => ({
    version: 1,
    id: g.id,
    label: g.label,
    description: g.description,
    theme: 'groei',
    unit: g.unit,
    measure: g.measure,
    polarity: 'neutral',
    kind: 'toestand',
    decimals: g.decimals,
    source: {
      publisher: `${GROWTH_SOURCE}: ${scenarioName}`,
      tables: ['layers/scenarios'],
      licence: 'CC BY 4.0',
    },
    referencePeriod: 'Stand aan het eind van het jaar, opgeteld vanaf het startjaar van het scenario',
    caveat:
      'Modeluitkomst, geen waarneming: woningaantallen uit het scenario, bezetting, leeftijdsprofiel en normen zoals in het scenario vermeld (bron of aanname).',
    status: 'definitief',
  }));
}

export interface GrowthAreas {
  /** Area codes per level shown (buurten, wijken, deelgebieden). */
  buurt: readonly string[];
  wijk: readonly string[];
  deelgebied: readonly string[];
  /** buurt → deelgebied */
  deelgebiedOf: Readonly<Record<string, string>>;
  /** Current inhabitants per area code (buurt, wijk, deelgebied, gemeente) for the growth percentage. */
  population: Readonly<Record<string, number>>;
}

export const wijkOf = (buurt: string) => `WK${buurt.slice(2, 8)}`;

/** Effects per area code at every level: buurt, wijk, deelgebied and gemeente (a sum; the model is linear). */
export function areaSums(e: Effects, areas: Pick<GrowthAreas, 'deelgebiedOf'>): Map<string, Float64Array> {
  return aggregateEffects(e, (b) => {
    if (b === UNASSIGNED) return [WEERT_CODE];
    const dg = areas.deelgebiedOf[b];
    return dg ? [b, wijkOf(b), dg, WEERT_CODE] : [b, wijkOf(b), WEERT_CODE];
  });
}

/** Series of every GS_* indicator, level and year, from the area sums. */
export function growthSeries(
  e: Effects,
  areas: GrowthAreas,
  scenarioName: string,
  sums: Map<string, Float64Array> = areaSums(e, areas),
): Series[] {
  const levels: [AreaLevel, readonly string[]][] = [
    ['buurt', areas.buurt],
    ['wijk', areas.wijk],
    ['deelgebied', areas.deelgebied],
    ['gemeente', [WEERT_CODE]],
  ];
  const n = e.years.length;
  const out: Series[] = [];
  for (const g of GROWTH_INDICATORS) {
    for (const [subgroup, metric] of Object.entries(g.metrics)) {
      for (const [level, codes] of levels) {
        if (codes.length === 0) continue;
        e.years.forEach((year, yi) => {
          const values: Record<string, number> = {};
          for (const code of codes) {
            const v = sums.get(code)?.[M[metric] * n + yi] ?? 0;
            if (g.id === 'GS_GROEI') {
              const pop = areas.population[code];
              if (pop && pop > 0) values[code] = (v / pop) * 100;
            } else values[code] = v;
          }
          out.push({
            indicator: g.id,
            subgroup,
            year,
            level,
            source: `${GROWTH_SOURCE}: ${scenarioName}`,
            method: level === 'buurt' ? 'scenario' : 'scenario, opgeteld over de buurten',
            values,
          });
        });
      }
    }
  }
  return out;
}

/** Catalogue entries with their availability, for series made by growthSeries. */
export function growthCatalogue(series: Series[], scenarioName: string): CatalogueEntry[] {
  const avail = availabilityOf(series);
  return growthIndicatorConfigs(scenarioName).map((c) => ({
    ...c,
    availability: avail.get(c.id) ?? ([] as Availability[]),
  }));
}
