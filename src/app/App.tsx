// Loads the data (started before React, see main.tsx) and hands it to a layout. Never a blank screen: loading and
// failure are explained in Dutch.
import type { LoadState } from '../data/load';
import { ExploreLayout } from './layouts/ExploreLayout';

export function App({ load }: { load: LoadState }) {
  if (load.status === 'loading') {
    return (
      <main className="status" aria-busy="true">
        <p>De gegevens worden geladen…</p>
      </main>
    );
  }
  if (load.status === 'error') {
    return (
      <main className="status" role="alert">
        <h1>De kaartviewer kon niet starten</h1>
        <p data-testid="load-error">{load.message}</p>
        <p>
          <button type="button" onClick={() => window.location.reload()} data-testid="load-retry">
            Opnieuw proberen
          </button>
        </p>
        <p>Blijft dit gebeuren, neem dan contact op met de beheerder.</p>
        {load.detail && (
          <details>
            <summary>Technische melding (voor de beheerder)</summary>
            <pre>{load.detail}</pre>
          </details>
        )}
      </main>
    );
  }
  return <ExploreLayout data={load.data} />;
}
