// The colorbrewer package's main file is UMD inside a "type": "module" package, which Node cannot import; its ES
// build is the same data. Same types as the package's own.
declare module 'colorbrewer/index.es.js' {
  import colorbrewer from 'colorbrewer';
  export default colorbrewer;
}
