// The full schema check of catalogue.json, loaded after the first map (it brings the schema library, which the
// first map does not need). The loader's shallow check already guarantees what rendering relies on.
// Before any zod schema runs: no eval probe under the site's Content-Security-Policy.
import '../noEval';
import { z } from 'zod';
import { CatalogueSchema } from '../../core/contracts/data';

// Users read these messages: zod's own texts in Dutch.
z.config(z.locales.nl());

/** Dutch problems with the catalogue, at most a few, each naming the path to the bad value; empty when valid. */
export function checkCatalogue(raw: unknown, max = 3): string[] {
  const r = CatalogueSchema.safeParse(raw);
  if (r.success) return [];
  return r.error.issues
    .slice(0, max)
    .map((i) => `catalogue.json is ongeldig bij ${i.path.join('.') || '(begin)'}: ${i.message}. Draai npm run geodata opnieuw.`);
}
