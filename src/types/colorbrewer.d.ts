// The colorbrewer package's main file is UMD inside a "type": "module" package, which Node cannot import; its ES
// build is the same data. Same types as the package's own. Read only by the build (vite.config.ts).
declare module 'colorbrewer/index.es.js' {
  import colorbrewer from 'colorbrewer';
  export default colorbrewer;
}

// One ColorBrewer scheme by name, served from the colorbrewer package by the plugin in vite.config.ts:
// class count → colours.
declare module 'virtual:colorbrewer/*' {
  const scheme: Partial<Record<number, string[]>>;
  export default scheme;
}
