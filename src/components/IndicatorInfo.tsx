// "Wat betekent dit?": what the shown indicator is, where it comes from, how far to trust it and why some areas have
// no value — in plain Dutch, for the indicator, group, year and level on the map.
import type { CatalogueEntry } from '../../core/contracts/data';
import { type DataIndex, levelsFor, seriesAt, yearsFor } from '../lib/data';
import { areaCount, plural } from '../lib/plural';
import { joinDutch, PER_LEVEL } from '../lib/search';
import type { AppState } from '../state/app-state';

interface Props {
  idx: DataIndex;
  state: AppState;
}

const MEASURE_TEXT: Record<CatalogueEntry['measure'], string> = {
  share: 'Een percentage: het deel van de groep waar de omschrijving over gaat.',
  rate: 'Een verhoudingsgetal (bijvoorbeeld per 1.000 inwoners, per huishouden of per km²), zodat grote en kleine gebieden te vergelijken zijn.',
  mean: 'Een gemiddelde over het hele gebied; binnen een gebied kunnen de verschillen groot zijn.',
  count:
    'Een aantal. Grote gebieden hebben vanzelf meer; vergelijk gebieden liever met een percentage of een cijfer per 1.000 inwoners.',
  category: 'Een code die een rangorde aangeeft, geen hoeveelheid.',
};

const POLARITY_TEXT: Record<CatalogueEntry['polarity'], string> = {
  'higher-is-better': 'Een hoger cijfer is gunstiger.',
  'higher-is-worse': 'Een hoger cijfer is ongunstiger.',
  neutral: 'Een hoger cijfer is niet vanzelf beter of slechter.',
};

/** Model estimates (the health monitor) are not counts: small differences between areas mean little. */
const isEstimate = (e: CatalogueEntry) => /gezondheidsmonitor|rivm/i.test(e.source.publisher);
const isOwnCalculation = (e: CatalogueEntry) => /eigen berekening/i.test(e.label);

/** A text as a sentence: ends with a full stop. */
const sentence = (s: string) => (/[.!?)]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const areasCache = new WeakMap<DataIndex['table']['areas'], Map<AppState['level'], string[]>>();

/** Weert's areas at a level (for the regio map: all gemeenten shown). Once per area table and level: at national
 * size the table holds ~17,000 areas, and this panel renders on every switch (each loaded file makes a new index). */
function areasAt(idx: DataIndex, level: AppState['level']): string[] {
  const byLevel = areasCache.get(idx.table.areas) ?? new Map<AppState['level'], string[]>();
  areasCache.set(idx.table.areas, byLevel);
  let codes = byLevel.get(level);
  if (!codes) {
    codes = idx.table.areas.filter((a) => a.level === level && (level === 'gemeente' || a.weert)).map((a) => a.code);
    byLevel.set(level, codes);
  }
  return codes;
}

export function IndicatorInfo({ idx, state }: Props) {
  const entry = idx.indicators.get(state.indicator);
  if (!entry) return null;
  const { level, subgroup, year } = state;
  const { publication } = idx.catalogue;
  const levels = levelsFor(entry).filter((l) => l !== 'land');
  const years = yearsFor(entry, level, subgroup);
  const codes = areasAt(idx, level);
  const series = seriesAt(idx, entry.id, subgroup, year, level, codes);
  const missing = codes.filter((_, i) => series?.values[i] === undefined);
  const hidden = new Set(series?.meta.suppressed ?? []);
  const suppressed = missing.filter((c) => hidden.has(c));
  const intern = publication.profile === 'intern';

  return (
    <details className="indicator-info" data-testid="indicator-info">
      <summary>Wat betekent dit?</summary>
      <dl>
        <dt>Wat voor cijfer</dt>
        <dd>
          {MEASURE_TEXT[entry.measure]} {POLARITY_TEXT[entry.polarity]}
          {entry.kind === 'inzet' &&
            ' Het gaat om inzet van de gemeente (zoals uitkeringen of ondersteuning), niet alleen om hoe het met inwoners gaat: een hoger cijfer kan ook betekenen dat meer mensen bereikt worden.'}
        </dd>

        <dt>Bron en jaar</dt>
        <dd>
          {entry.source.publisher} (tabel {joinDutch(entry.source.tables)}), licentie {entry.source.licence}.{' '}
          {sentence(entry.referencePeriod)}
          {years.length > 0 && (
            <>
              {' '}
              {plural(years.length, 'Jaar', 'Jaren')} per {PER_LEVEL[level]}: {joinDutch(years.map(String))}.
            </>
          )}{' '}
          {entry.source.url && (
            <a href={entry.source.url} target="_blank" rel="noreferrer">
              Bekijk de brontabel
            </a>
          )}
        </dd>

        <dt>Waar beschikbaar</dt>
        <dd>
          {levels.length === 1
            ? `Alleen per ${PER_LEVEL[levels[0] ?? level]}.`
            : `Per ${joinDutch(levels.map((l) => PER_LEVEL[l]))}.`}
          {levels.includes('gemeente') && ' Per gemeente: Weert naast de buurgemeenten in Midden-Limburg (kies ‘Regio’).'}
        </dd>

        <dt>Hoe betrouwbaar</dt>
        <dd>
          {isEstimate(entry) &&
            'Een schatting met een rekenmodel op basis van een enquête, geen telling. Vooral voor kleine buurten is de schatting onzeker: kleine verschillen tussen gebieden zeggen weinig. '}
          {isOwnCalculation(entry) &&
            'Een eigen berekening van de viewer, geen officieel cijfer; de aannames staan bij de voorzieningen. '}
          {entry.status === 'concept' && 'Concept: de beschrijving van dit cijfer is nog niet gecontroleerd. '}
          {entry.caveat ?? (!isEstimate(entry) && !isOwnCalculation(entry) ? 'Geen bijzonderheden bekend bij de bron.' : '')}
        </dd>

        <dt>Waarom ontbreken cijfers?</dt>
        <dd>
          <p>
            <strong>Geen gegevens</strong>: de bron heeft voor dat gebied geen cijfer, bijvoorbeeld omdat er (bijna) niemand woont
            of omdat het CBS het cijfer geheimhoudt. Zo’n gebied is grijs gestreept en telt nooit als 0.
          </p>
          {intern ? (
            <p>
              <strong>Interne versie</strong>: hier worden ook cijfers van gebieden met weinig inwoners getoond. Niet geschikt
              voor publicatie.
            </p>
          ) : (
            <p>
              <strong>Afgeschermd</strong>: het cijfer bestaat wel, maar wordt niet getoond omdat er minder dan{' '}
              {publication.minPopulation} inwoners (in de betreffende groep) wonen; zo is niemand te herkennen.
            </p>
          )}
          <p data-testid="info-missing">
            {missing.length === 0
              ? `Op deze kaart hebben alle ${areaCount(codes.length, level)} een cijfer.`
              : `Op deze kaart: ${areaCount(missing.length, level)} zonder cijfer${
                  suppressed.length > 0 ? `, waarvan ${suppressed.length} afgeschermd` : ''
                }.`}
          </p>
        </dd>

        {intern && entry.internalCaveat && (
          <>
            <dt>Interne kanttekening (alleen in de interne versie)</dt>
            <dd data-testid="internal-caveat">{entry.internalCaveat}</dd>
          </>
        )}
      </dl>
    </details>
  );
}
