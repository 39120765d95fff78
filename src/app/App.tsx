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
        <p>{load.message}</p>
        <p>Probeer de pagina opnieuw te laden. Blijft dit gebeuren, neem dan contact op met de beheerder.</p>
      </main>
    );
  }
  return <ExploreLayout data={load.data} />;
}
