// Export and share the current view: the table and the whole indicator as CSV (Dutch Excel), the map as a PNG with
// title, legend and source burnt in, a print version (A4 landscape), and a link that opens this view again.
import { useEffect, useRef, useState } from 'react';
import type { Geodata } from '../data/load';
import type { Choropleth } from '../lib/choropleth';
import type { DataIndex } from '../lib/data';
import type { Measure } from '../lib/png';
import type { CameraTarget } from '../map/camera';
import type { SnapshotInput } from '../map/snapshot';
import { BASE_ATTRIBUTION } from '../map/style/builders';
import type { AppState } from '../state/app-state';
import { toUrl } from '../state/url';
import { downloadBlob } from './download';

interface Props {
  choropleth: Choropleth;
  idx: DataIndex;
  state: AppState;
  geo: Geodata;
  /** Where the map looks now: the exported map looks there too. */
  camera: CameraTarget;
}

type Status = { text: string; link?: string; error?: boolean };

// Not needed for the first map: the builders load on first use (a few kB; the bench counts what loads before it).
const exportModule = () => import('../lib/export');
const pngModules = () => Promise.all([import('../lib/png'), import('../map/snapshot'), exportModule()]);

/** The link to this view: the state as URL parameters (the same form the address bar holds). */
export function shareLink(state: AppState): string {
  return new URL(toUrl(state, window.location.search), window.location.href).href;
}

/** The printed map: big enough for A4 landscape at print resolution, in the print layout's proportions. */
const PRINT_MAP = { width: 1600, height: 1120 };

function measurer(ctx: CanvasRenderingContext2D): Measure {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('De afbeelding kon niet gemaakt worden.'))), 'image/png'),
  );
}

export function ExportMenu({ choropleth, idx, state, geo, camera }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [printImage, setPrintImage] = useState<string | null>(null);
  /** The text lines drawn on the last PNG (also for tests: a PNG cannot be read back as text). */
  const [pngLines, setPngLines] = useState<string[] | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);

  // A confirmation stays long enough to be read, then goes; a link to copy by hand stays until the next action.
  useEffect(() => {
    if (!status || status.link || status.error) return;
    const t = setTimeout(() => setStatus(null), 8000);
    return () => clearTimeout(t);
  }, [status]);
  useEffect(() => {
    if (status?.link) linkInput.current?.select();
  }, [status]);
  // The print version leaves once printing is done (or cancelled).
  useEffect(() => {
    if (!printImage) return;
    const done = () => setPrintImage(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printImage]);

  const snapshotInput = (): SnapshotInput => {
    const view = geo.views[state.level];
    return { choropleth, areas: view.shapes, context: geo.context, gemeente: geo.gemeente, labels: view.labels, camera };
  };

  // A chosen action closes the menu: its confirmation then shows where the menu was.
  const close = () => {
    if (menu.current) menu.current.open = false;
  };

  const run = async (working: string, action: () => Promise<string>) => {
    close();
    setBusy(true);
    setStatus({ text: working });
    try {
      setStatus({ text: await action() });
    } catch (e) {
      setStatus({ text: `Dat lukte niet: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const csv = (which: 'tabel' | 'indicator') =>
    run('Het CSV-bestand wordt gemaakt…', async () => {
      const { CSV_MIME, indicatorCsv, tableCsv } = await exportModule();
      const file = which === 'tabel' ? tableCsv(choropleth) : indicatorCsv(idx, choropleth.entry.id);
      downloadBlob(new Blob([file.text], { type: CSV_MIME }), file.filename);
      return `Gedownload: ${file.filename}`;
    });

  const png = () =>
    run('De kaart wordt als afbeelding gemaakt…', async () => {
      const [{ drawPng, layoutPng, PNG_SIZE, placeLabels, pngContent }, { renderSnapshot }, { fileStem }] = await pngModules();
      const canvas = document.createElement('canvas');
      canvas.width = PNG_SIZE.width;
      canvas.height = PNG_SIZE.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('deze browser kan geen afbeelding maken.');
      const measure = measurer(ctx);
      const layout = layoutPng(pngContent(choropleth, idx, new Date()), measure);
      const snap = await renderSnapshot(snapshotInput(), layout.map.w, layout.map.h);
      drawPng(ctx, layout, snap.image, placeLabels(snap.labels, measure, layout.map));
      const filename = `${fileStem(choropleth)}-kaart.png`;
      downloadBlob(await toBlob(canvas), filename);
      setPngLines(layout.texts.map((t) => t.text));
      return `Gedownload: ${filename}`;
    });

  const print = () => {
    // The table prints as it is; only a map needs a still.
    if (state.view === 'tabel') {
      close();
      window.print();
      return;
    }
    return run('De afdrukversie wordt gemaakt…', async () => {
      const [{ drawAttribution, drawLabels, placeLabels }, { renderSnapshot }] = await pngModules();
      const snap = await renderSnapshot(snapshotInput(), PRINT_MAP.width, PRINT_MAP.height);
      const ctx = snap.image.getContext('2d');
      if (ctx) {
        const measure = measurer(ctx);
        drawLabels(ctx, placeLabels(snap.labels, measure, { w: PRINT_MAP.width, h: PRINT_MAP.height }));
        drawAttribution(ctx, BASE_ATTRIBUTION, PRINT_MAP.width, PRINT_MAP.height);
      }
      setPrintImage(snap.image.toDataURL('image/png'));
      return 'Afdrukversie klaar (A4 liggend).';
    });
  };

  const copyLink = async () => {
    close();
    const link = shareLink(state);
    try {
      if (!navigator.clipboard) throw new Error('geen klembord');
      await navigator.clipboard.writeText(link);
      setStatus({ text: 'Link naar deze weergave gekopieerd. Wie hem opent, ziet dezelfde kaart.' });
    } catch {
      setStatus({ text: 'Kopiëren lukte niet. Selecteer en kopieer de link hieronder:', link });
    }
  };

  return (
    <>
      <div className="export-menu" data-testid="export-menu" data-png-lines={pngLines?.join('\n')}>
        <div className="export-drop">
          <details
            ref={menu}
            onKeyDown={(e) => {
              // Escape closes the menu and returns to its button, as in other menus.
              if (e.key !== 'Escape' || !menu.current?.open) return;
              e.stopPropagation();
              close();
              menu.current.querySelector('summary')?.focus();
            }}
          >
            <summary>
              Exporteren<span className="wide"> en delen</span>
            </summary>
            <div className="export-actions">
              <button type="button" className="export-action" disabled={busy} onClick={() => csv('tabel')}>
                CSV van de tabel
              </button>
              <button type="button" className="export-action" disabled={busy} onClick={() => csv('indicator')}>
                CSV van de hele indicator
              </button>
              <button type="button" className="export-action" disabled={busy} onClick={png}>
                Kaart als PNG
              </button>
              <button type="button" className="export-action" disabled={busy} onClick={print}>
                Afdrukken
              </button>
              <button type="button" className="export-action" disabled={busy} onClick={copyLink}>
                Kopieer link
              </button>
              <p className="hint">CSV: puntkomma’s en decimale komma’s, voor Excel. Onderdrukte waarden blijven leeg.</p>
            </div>
          </details>
          {/* Only while there is something to say (one status region at a time on the page). */}
          {status && (
            <div className={`export-status ${status.error ? 'error' : ''}`} role="status" data-testid="export-status">
              <span>{status.text}</span>
              {status.link && (
                <input ref={linkInput} type="text" readOnly value={status.link} aria-label="Link naar deze weergave" />
              )}
              {(status.link || status.error) && (
                <button type="button" className="link-button" onClick={() => setStatus(null)}>
                  Sluiten
                </button>
              )}
            </div>
          )}
        </div>
      </div>
      {printImage && (
        // Printed instead of the live map (a WebGL canvas may print blank or stretched); gone after printing.
        <img
          className="print-map"
          src={printImage}
          alt={`Kaart: ${choropleth.entry.label}, ${state.year}`}
          data-testid="print-map"
          onLoad={() => window.print()}
        />
      )}
    </>
  );
}
