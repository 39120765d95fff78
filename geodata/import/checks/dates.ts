// Dates the user gives (--datum): a real calendar day, not in the future. A regex alone lets 2025-02-30 through,
// and Date would silently roll it over to 2 March.
import { YEAR_MIN } from '../../../core/codes';

/** The Dutch problem with a YYYY-MM-DD text, or undefined when it is a real day between YEAR_MIN and tomorrow. */
export function dateIssue(text: string, today: Date = new Date()): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `datum '${text}' moet de vorm JJJJ-MM-DD hebben, bijvoorbeeld 2025-01-31`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `datum '${text}' bestaat niet`;
  }
  if (y < YEAR_MIN) return `datum '${text}' ligt vóór ${YEAR_MIN}`;
  // One day of slack: the user's "today" may be ahead of UTC.
  if (date.getTime() > today.getTime() + 24 * 3600 * 1000) return `datum '${text}' ligt in de toekomst`;
  return undefined;
}
