// voorzieningen.json, loaded when the overlay is first switched on and checked against its contract (Dutch errors).
// Before any zod schema runs: no eval probe under the site's Content-Security-Policy.
import '../../noEval';
import { z } from 'zod';
import { type FacilitiesFile, FacilitiesFileSchema } from '../../../core/contracts/facilities';
import { type NetworkFile, NetworkFileSchema } from '../../../core/contracts/network';
import { DATA_FILES } from '../../../core/files';

z.config(z.locales.nl());

export async function loadFacilities(baseUrl: string): Promise<FacilitiesFile> {
  const res = await fetch(`${baseUrl}${DATA_FILES.facilities}`);
  if (!res.ok) throw new Error(`${DATA_FILES.facilities} kon niet geladen worden (HTTP ${res.status})`);
  let raw: unknown;
  try {
    raw = await res.json();
  } catch {
    throw new Error(`${DATA_FILES.facilities} is beschadigd (geen geldige JSON)`);
  }
  const r = FacilitiesFileSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${DATA_FILES.facilities} is ongeldig bij ${i?.path.join('.') ?? '?'}: ${i?.message ?? ''}`);
  }
  return r.data;
}

/** The imported road network, when the municipality imported one (the file is optional: 404 = straight-line mode). */
export async function loadNetwork(baseUrl: string): Promise<NetworkFile | null> {
  const res = await fetch(`${baseUrl}${DATA_FILES.network}`).catch(() => null);
  // Absent (404), or a host that answers every path with its start page: no network imported.
  if (!res?.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
  const r = NetworkFileSchema.safeParse(await res.json().catch(() => null));
  if (!r.success) throw new Error(`${DATA_FILES.network} is ongeldig: ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}
