// zod schemas for area codes and years, built from core/codes.ts (kept apart so the app's first-map bundle, which
// needs the codes but no schema library, does not pull zod in).
import { z } from 'zod';
import { type AreaLevel, CODE_PATTERNS, CODE_PREFIX, YEAR_MAX, YEAR_MIN, YEAR_RANGE_MESSAGE } from '../codes';

export const levelCode = (level: AreaLevel, what = 'code') =>
  z.string().regex(CODE_PATTERNS[level], `${what} moet ${CODE_PREFIX[level]} gevolgd door ${digits(level)} cijfers zijn`);
const digits = (level: AreaLevel) => ({ land: 'twee', gemeente: 'vier', wijk: 'zes', buurt: 'acht', deelgebied: 'twee' })[level];

/** A year as a zod number; `what` names the field in the Dutch message. */
export const yearSchema = (what = 'jaar') =>
  z
    .number()
    .int(`${what} moet een geheel jaartal zijn`)
    .min(YEAR_MIN, `${what} ${YEAR_RANGE_MESSAGE}`)
    .max(YEAR_MAX, `${what} ${YEAR_RANGE_MESSAGE}`);

/**
 * A year written as text (a CSV cell, a command-line option): four plain digits only. Number() would read "2024.0",
 * "0x7E8" and " 2,024" as well, so a column that was never a year could pass as one.
 */
export const yearTextSchema = (what = 'jaar') =>
  z
    .string()
    .trim()
    .regex(
      /^\d{4}$/,
      `${what} moet een jaartal van vier cijfers zijn, zoals 2024 (zonder decimalen, exponent of scheidingsteken)`,
    )
    .transform(Number)
    .pipe(yearSchema(what));
