// The files the pipeline writes to public/data/ and the app loads: named once for both sides.
export const DATA_FILES = {
  topology: 'weert.topo.json',
  context: 'context.topo.json',
  indicators: 'indicators.json',
  catalogue: 'catalogue.json',
  facilities: 'voorzieningen.json',
  /** Only written when a road network is imported (geodata/sources.json "network"). */
  network: 'wegennet.json',
  /** Growth scenarios with their parameters (only when layers/scenarios/ exists). */
  scenarios: 'scenarios.json',
  manifest: 'manifest.json',
} as const;

/** Outputs that exist only when their optional source does. */
export const OPTIONAL_DATA_FILES: readonly string[] = [DATA_FILES.network, DATA_FILES.scenarios];
