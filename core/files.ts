// The files the pipeline writes to public/data/ and the app loads: named once for both sides.
export const DATA_FILES = {
  topology: 'weert.topo.json',
  context: 'context.topo.json',
  indicators: 'indicators.json',
  catalogue: 'catalogue.json',
  facilities: 'voorzieningen.json',
  manifest: 'manifest.json',
} as const;
