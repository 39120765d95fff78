// Distance analysis engine: pure functions over plain data and typed arrays (shared by the app's Web Worker and the
// Node pipeline). See docs/voorzieningen-methode.md for the method.
export * from './accessibility';
export * from './areas';
export * from './detour';
export * from './fca';
export * from './grid';
export * from './nearest';
export * from './network';
export * from './project';
export * from './whatif';
