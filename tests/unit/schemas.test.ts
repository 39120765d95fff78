// The JSON Schemas for editors (layers/schema/) are generated from the zod contracts and must not drift from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../geodata/schemas';

describe('layers/schema', () => {
  it('is current with the zod contracts (regenerate with npm run schemas)', () => {
    const files = schemaFiles();
    expect(files.size).toBeGreaterThanOrEqual(5);
    for (const [name, text] of files) {
      expect(readFileSync(join(import.meta.dirname, '../../layers/schema', name), 'utf8'), name).toBe(text);
    }
  });

  it('describes the real constraints (an indicator needs a theme from the list)', () => {
    const schema = JSON.parse(schemaFiles().get('indicator.schema.json') ?? '{}');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'label', 'theme', 'unit', 'measure', 'polarity']));
    expect(schema.properties.theme.enum).toContain('gezondheid');
    expect(schema.additionalProperties).toBe(false);
  });
});
