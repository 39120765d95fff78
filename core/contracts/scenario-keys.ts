// The names the growth scenarios use (dwelling types, age groups, norms, source statuses): plain constants without the
// schema library, so the app's first-map bundle can parse a scenario link without pulling zod in. Pure.

export const DWELLING_TYPES = ['grondgebonden', 'appartement', 'zorg'] as const;
export type DwellingType = (typeof DWELLING_TYPES)[number];
export const DWELLING_LABELS: Record<DwellingType, string> = {
  grondgebonden: 'grondgebonden woning',
  appartement: 'appartement',
  zorg: 'zorg- of beschermd wonen',
};

export const AGE_GROUPS = ['0-3', '4-11', '12-17', '18-64', '65-74', '75+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Status of a figure, as in ../shared/data/raw/plans/SOURCES.md: legal, guideline, local, secondary, or assumed. */
export const SOURCE_STATUSES = ['wettelijk', 'richtlijn', 'lokaal', 'secundair'] as const;
export const STATUS_LABELS: Record<(typeof SOURCE_STATUSES)[number] | 'aanname', string> = {
  wettelijk: 'wettelijke norm',
  richtlijn: 'richtlijn of landelijke statistiek',
  lokaal: 'lokale bron',
  secundair: 'secundaire bron',
  aanname: 'aanname',
};

export const NORM_KEYS = [
  'deelnameBasisonderwijs',
  'deelnameVoortgezet',
  'deelnameKinderopvang',
  'wmo75Plus',
  'patientenPerHuisartsFte',
  'inwonersPerSporthal',
  'm2PerLeerlingBasis',
  'm2VastPerBasisschool',
  'leerlingenPerBasisschool',
  'm2PerLeerlingVoortgezet',
  'm2VastPerVoortgezetSchool',
  'leerlingenPerVoortgezetSchool',
  'm2SchoolpleinPerLeerling',
  'm2KinderopvangBinnen',
  'm2KinderopvangBuiten',
  'm2PerSporthal',
] as const;
export type NormKey = (typeof NORM_KEYS)[number];
