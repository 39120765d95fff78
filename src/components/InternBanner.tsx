// Shown in every view of data built with the internal profile: its small numbers are not withheld, so what is on
// screen must not reach the public (a screenshot, a shared link to an internal server).
import type { Catalogue } from '../../core/contracts/data';

const style = {
  background: '#8b0000',
  color: '#ffffff',
  fontWeight: 700,
  padding: '0.2rem 0.6rem',
  borderRadius: '0.2rem',
  margin: '0 0 0 auto',
} as const;

export function InternBanner({ publication }: { publication: Catalogue['publication'] }) {
  if (publication.profile !== 'intern') return null;
  return (
    <p role="status" data-testid="intern-banner" style={style}>
      Interne versie: kleine aantallen zijn niet onderdrukt. Niet publiceren of delen buiten de gemeente.
    </p>
  );
}
