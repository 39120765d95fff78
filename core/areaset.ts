// Values for the derived area set (deelgebieden): aggregated from buurt series with the catalogue's rules.

import { aggregate, aggregationRule, bestCoverage, type Membership } from './aggregate';
import type { AggregationConfig, IndicatorConfig } from './contracts/config';
import type { Series } from './contracts/data';

export interface AreaSetDerivation {
  series: Series[];
  catalogue: IndicatorConfig[];
  cfg: AggregationConfig;
  membership: Membership;
  /** 'buurten' = exact groups of buurten; 'area'/'population' = overlay of polygons weighted that way. */
  mode: 'buurten' | 'area' | 'population';
  /** Buurt land areas (m²), used as weights when polygons are area-weighted. */
  buurtAreas?: Record<string, number>;
}

export function deriveAreaSetSeries({ series, catalogue, cfg, membership, mode, buurtAreas = {} }: AreaSetDerivation): Series[] {
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const buurtSeries = series.filter((s) => s.level === 'buurt');
  const overlay =
    mode === 'buurten' ? '' : 'overlay van buurten op de polygonen (gedeeltelijk gelegen buurten naar oppervlakteaandeel); ';
  const out: Series[] = [];
  for (const s of buurtSeries) {
    const entry = byId.get(s.indicator);
    if (!entry) continue;
    const rule = aggregationRule(entry, s.subgroup, cfg);
    if (rule.kind === 'none') continue;
    let weights: Record<string, number> | undefined;
    let method: string;
    if (rule.kind === 'sum') {
      method = `${overlay}som van de buurten`;
    } else if (mode === 'area') {
      weights = buurtAreas;
      method = `${overlay}gewogen naar oppervlakte`;
    } else {
      const candidates = buurtSeries.filter((x) => x.indicator === rule.weightIndicator && x.subgroup === 'totaal');
      const w = bestCoverage(candidates, Object.keys(s.values), s.year);
      if (!w) continue; // no weight per buurt: not offered for this area set
      const year = w.year;
      weights = w.values;
      method = `${overlay}gewogen gemiddelde van de buurten; gewicht: ${rule.note} (${rule.weightIndicator}, ${year})`;
    }
    const agg = aggregate(s.values, membership, rule, entry.decimals, weights);
    if (Object.keys(agg.values).length === 0) continue;
    out.push({
      indicator: s.indicator,
      subgroup: s.subgroup,
      year: s.year,
      level: 'deelgebied',
      source: s.source,
      ...(s.indeling !== undefined ? { indeling: s.indeling } : {}),
      // Own registrations stay own when summed: their small counts are withheld at this level too.
      ...(s.own ? { own: true } : {}),
      method,
      ...(Object.keys(agg.incomplete).length > 0 ? { incomplete: agg.incomplete } : {}),
      values: agg.values,
    });
  }
  return out;
}
