// The footer every municipal page needs: sources, how the map is made (methods), the accessibility statement,
// contact and when the data was last updated. Texts in plain Dutch; publisher, contact and known limitations come
// from layers/site.json (via the catalogue), the date from the data itself.
import type { Catalogue } from '../../core/contracts/data';
import { METHOD_EXPLANATIONS, METHOD_LABELS } from '../lib/classify';
import './explain.css';

interface Props {
  /** The published catalogue (not one with scenario indicators added in the app). */
  catalogue: Catalogue;
  /** Extra attribution lines (the background map, when it is shown). */
  extraAttribution?: string[];
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 maart 2026" for an ISO date. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** The newest year any published indicator has figures for. */
export function newestYear(catalogue: Pick<Catalogue, 'indicators'>): number | undefined {
  const years = catalogue.indicators.flatMap((i) => i.availability.flatMap((a) => a.years));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** "Laatst bijgewerkt" in words: the last import date when the sources record one, else the newest data year. */
export function lastUpdated(catalogue: Pick<Catalogue, 'indicators' | 'updated'>): string {
  if (catalogue.updated) return formatDate(catalogue.updated);
  const year = newestYear(catalogue);
  return year === undefined ? 'onbekend' : `cijfers tot en met ${year}`;
}

export function SiteFooter({ catalogue, extraAttribution = [] }: Props) {
  const { site, publication } = catalogue;
  const intern = publication.profile === 'intern';
  const contact = site?.contact;
  const hasContactDetails = Boolean(contact?.email || contact?.phone || contact?.url);
  return (
    <footer className="app-footer site-footer" data-testid="site-footer">
      <p className="footer-line">
        {site?.publisher ?? 'Gemeente Weert'} ·{' '}
        <span data-testid="last-updated">Laatst bijgewerkt: {lastUpdated(catalogue)}</span>
        {intern && (
          <strong> · Interne versie: met cijfers van kleine gebieden en interne kanttekeningen, niet voor de website</strong>
        )}
      </p>
      <div className="footer-sections">
        <details>
          <summary>Over de gegevens en bronnen</summary>
          <ul>
            {[...catalogue.attribution, ...extraAttribution].map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <p>
            Ontbrekende of geheime waarden (CBS: “.”) worden als “geen gegevens” getoond, nooit als 0. Gezondheidscijfers zijn
            schattingen van het RIVM met een rekenmodel, geen tellingen.
          </p>
        </details>

        <details id="methode" data-testid="methods">
          <summary>Methode: hoe de kaart gemaakt is</summary>
          <h3>Waar de cijfers vandaan komen</h3>
          <p>
            De cijfers komen van het CBS (Kerncijfers wijken en buurten) en van RIVM, CBS en GGD’en (Gezondheidsmonitor
            Volwassenen en Ouderen). De gezondheidscijfers per wijk en buurt zijn schattingen met een rekenmodel op basis van een
            enquête: vooral voor kleine buurten zijn ze onzeker. Cijfers met “eigen berekening” (afstanden tot voorzieningen)
            heeft de viewer zelf berekend uit de locaties van de voorzieningen; het zijn geen officiële cijfers. Bij elke
            indicator staat onder “Wat betekent dit?” de bron, het jaar en hoe betrouwbaar het cijfer is.
          </p>
          <h3>Gebieden</h3>
          <p>
            Wijken en buurten volgen de indeling van het CBS van 2024. De deelgebieden van de Omgevingsvisie zijn samengesteld uit
            buurten. ‘Regio’ zet Weert naast de buurgemeenten in Midden-Limburg. Als een cijfer alleen per gemeente bestaat, zegt
            de zoekfunctie dat en toont de viewer het op de regiokaart.
          </p>
          <h3>Samenvoegen</h3>
          <p>
            Waar een cijfer voor een groter gebied uit buurten wordt samengesteld, worden aantallen opgeteld en percentages
            gewogen naar de groep waar ze over gaan (bijvoorbeeld het aantal inwoners van 65 jaar en ouder). De legenda zegt hoe
            het cijfer is samengesteld en welke buurten ontbreken.
          </p>
          <h3>Kleuren op de kaart</h3>
          <dl>
            {(Object.keys(METHOD_LABELS) as Array<keyof typeof METHOD_LABELS>).map((m) => (
              <div key={m}>
                <dt>{METHOD_LABELS[m]}</dt>
                <dd>{METHOD_EXPLANATIONS[m]}</dd>
              </div>
            ))}
          </dl>
          <p>
            Bij “Verandering tonen” is de kaart het verschil tussen twee jaren. Bij percentages heet dat verschil een procentpunt:
            van 10% naar 12% is +2 procentpunt (en niet +20%).
          </p>
          <h3>Ontbrekende en afgeschermde cijfers</h3>
          <p>
            “Geen gegevens” betekent dat de bron geen cijfer heeft, bijvoorbeeld voor een bedrijventerrein zonder inwoners.{' '}
            {intern
              ? 'In deze interne versie worden ook cijfers van gebieden met weinig inwoners getoond.'
              : `“Afgeschermd” betekent dat het cijfer wel bestaat maar niet wordt getoond, omdat er minder dan ${publication.minPopulation} inwoners (in de betreffende groep) wonen of een eigen telling kleiner is dan ${publication.minOwnCount}: zo is niemand te herkennen.`}
          </p>
        </details>

        <details id="toegankelijkheid" data-testid="accessibility-statement">
          <summary>Toegankelijkheid</summary>
          <h3>Toegankelijkheidsverklaring</h3>
          <p>
            {site?.publisher ?? 'De gemeente'} wil dat iedereen deze kaartviewer kan gebruiken, ook met alleen het toetsenbord,
            een schermlezer of vergroting. Het doel is {site?.accessibility.target ?? 'WCAG 2.1 niveau AA'}, de norm voor websites
            van de overheid.{' '}
            {site?.accessibility.statementDate
              ? `Deze verklaring is van ${formatDate(site.accessibility.statementDate)}.`
              : 'Dit is een eerste eigen beoordeling; een formele verklaring volgt.'}{' '}
            {site?.accessibility.statementUrl && (
              <a href={site.accessibility.statementUrl} target="_blank" rel="noreferrer">
                Formele verklaring in het register
              </a>
            )}
          </p>
          {site && site.accessibility.limitations.length > 0 && (
            <>
              <h3>Wat nog niet goed werkt</h3>
              <ul>
                {site.accessibility.limitations.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          )}
          <h3>Een probleem melden</h3>
          <p>
            Lukt iets niet, of heeft u de cijfers in een andere vorm nodig? Laat het weten via de contactgegevens hieronder.
            Vermeld welke kaart of link u gebruikte en wat er niet werkte.
          </p>
        </details>

        <details id="contact" data-testid="contact">
          <summary>Contact</summary>
          <p>
            Vragen over deze kaart of de cijfers: {contact?.team ?? 'de gemeente'}.
            {contact?.email && (
              <>
                {' '}
                E-mail: <a href={`mailto:${contact.email}`}>{contact.email}</a>.
              </>
            )}
            {contact?.phone && <> Telefoon: {contact.phone}.</>}
            {contact?.url && (
              <>
                {' '}
                <a href={contact.url}>Contactformulier</a>.
              </>
            )}
          </p>
          {!hasContactDetails && (
            <p data-testid="contact-todo">
              De contactgegevens (e-mailadres, telefoonnummer of formulier) worden nog door de gemeente ingevuld.
            </p>
          )}
        </details>
      </div>
    </footer>
  );
}
