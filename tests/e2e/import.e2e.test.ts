// Given a copy of the project, when a user imports a CBS StatLine CSV with the CLI and rebuilds, then the viewer
// offers the new indicator with the imported values — without any code change.
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../geodata/import';
import { launch, Viewer } from './driver';

const ROOT = join(import.meta.dirname, '../..');
// A StatLine download as users get it (semicolons, quoted and padded codes, decimal comma, '.' = secret).
// SYNTHETIC test values for a made-up key: they only exist inside this test's temporary copy of the project.
const STATLINE = [
  '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"ProefIndicatorZonnepanelen_99"',
  '"1";"GM0988    ";"Weert                                   ";"Gemeente  ";"GM0988    ";"21,4"',
  '"2";"WK098801  ";"Weert                                   ";"Wijk      ";"WK098801  ";"18,5"',
  '"3";"WK098802  ";"Weert                                   ";"Wijk      ";"WK098802  ";"23,7"',
  '"4";"WK098834  ";"Weert                                   ";"Wijk      ";"WK098834  ";"."',
].join('\r\n');
const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
let dir = '';
let browser: Browser;
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weert-import-e2e-'));
  for (const p of [
    'src',
    'core',
    'public',
    'geodata',
    'layers',
    'index.html',
    'harness.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const file = join(dir, 'proef_statline.csv');
  writeFileSync(file, STATLINE);
  const result = runImport(
    {
      file,
      root: dir,
      jaar: 2021,
      tabel: '99999NED',
      bron: 'CBS',
      titel: 'Proefbestand (synthetisch)',
      eenheid: { ProefIndicatorZonnepanelen_99: '%' },
      datum: '2026-01-01',
    },
    dir,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  await build({ root: dir, mode: 'e2e', logLevel: 'warn', configFile: join(dir, 'vite.config.ts') });
  const server = await preview({
    root: dir,
    mode: 'e2e',
    configFile: join(dir, 'vite.config.ts'),
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  close = () => new Promise<void>((r) => server.httpServer.close(() => r()));
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('import without code changes', () => {
  it('shows the imported indicator, with its value for a wijk and a concept warning', async () => {
    const v = await Viewer.open(
      browser,
      '?indicator=ProefIndicatorZonnepanelen&weergave=tabel',
      undefined,
      `http://127.0.0.1:${PORT}/`,
    );
    // Decimal comma converted; '.' (secret) must become "geen gegevens", never 0.
    expect(await v.tableRowText('WK098802')).toContain('23,7%');
    expect(await v.tableRowText('WK098834')).toContain('geen gegevens');
    const legend = (await v.page.getByTestId('legend').textContent()) ?? '';
    expect(legend).toContain('2021');
    expect(legend).toMatch(/Concept/);
    expect(legend).toContain('21,4%'); // the gemeente row became Weert's reference value
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
