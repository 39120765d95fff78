import { useEffect, useState } from 'react';
import { fetchSource, type LoadedData, loadData } from '../data/load';

export type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: LoadedData };

export function useLoadedData(baseUrl = `${import.meta.env.BASE_URL}data/`): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    loadData(fetchSource(baseUrl)).then(
      (data) => alive && setState({ status: 'ready', data }),
      (e: unknown) => alive && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  }, [baseUrl]);
  return state;
}
