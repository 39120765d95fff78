// Dutch names of the area levels, in one place for controls, legend, table and profile.
import type { AreaLevel } from '../../core/contracts/data';

export const LEVEL_NAMES: Record<AreaLevel, { one: string; many: string; control: string }> = {
  buurt: { one: 'Buurt', many: 'buurten', control: 'Buurten' },
  wijk: { one: 'Wijk', many: 'wijken', control: 'Wijken' },
  deelgebied: { one: 'Deelgebied (afgeleid uit buurten)', many: 'deelgebieden', control: 'Deelgebieden' },
  gemeente: { one: 'Gemeente', many: 'gemeenten', control: 'Regio' },
  land: { one: 'Land', many: 'landen', control: 'Land' },
};
