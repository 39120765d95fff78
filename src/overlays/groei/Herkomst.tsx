// Where a figure comes from, always next to it: a source with its status, or "aanname" with the reason.
import { type Provenance, STATUS_LABELS } from '../../../core/contracts/scenario';

export function Herkomst({ h, compact = false }: { h: Provenance; compact?: boolean }) {
  const label = STATUS_LABELS[h.status];
  const text = h.status === 'aanname' ? h.reden : `${h.bron}${h.toelichting ? ` (${h.toelichting})` : ''}`;
  return (
    <span className={`herkomst herkomst-${h.status === 'aanname' ? 'aanname' : 'bron'}`} title={compact ? text : undefined}>
      <span className="herkomst-badge">{h.status === 'aanname' ? 'aanname' : `bron: ${label}`}</span>
      {!compact && <span className="herkomst-text"> {text}</span>}
    </span>
  );
}
