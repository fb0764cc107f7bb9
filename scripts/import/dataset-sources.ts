/** The sources the dataset cites: SMHI's emissions database, SCB's population tables and SCB's code list. */
import type { Dataset } from '../../server/dataset/schema.ts';
import { POPULATION_SOURCES } from './population.ts';

export const DATASET_SOURCES: Dataset['sources'] = [
  {
    id: 'smhi-ned',
    title: {
      sv: 'SMHI, Nationella emissionsdatabasen (växthusgaser totalt, territoriella utsläpp per kommun och huvudsektor)',
      en: 'SMHI, the Swedish national emissions database (total greenhouse gases, territorial emissions by municipality and main sector)',
    },
    url: 'https://nationellaemissionsdatabasen.smhi.se/',
    licence: {
      sv: 'SMHI anger CC BY 4.0 för sina öppna data; inte bekräftat för just den här databasen',
      en: 'SMHI states CC BY 4.0 for its open data; not confirmed for this database',
    },
    attribution: {
      sv: 'Källa: SMHI, Nationella emissionsdatabasen (via Klimatkollen/Klimatbyrån)',
      en: 'Source: SMHI, the Swedish national emissions database (via Klimatkollen/Klimatbyrån)',
    },
  },
  ...Object.entries(POPULATION_SOURCES).map(([id, s]) => ({
    id,
    title: s.title,
    url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/befolkning/',
    licence: { sv: 'CC0 (SCB:s öppna data)', en: 'CC0 (SCB open data)' },
    attribution: { sv: 'Källa: SCB', en: 'Source: Statistics Sweden (SCB)' },
  })),
  {
    id: 'scb-kommunkoder',
    title: {
      sv: 'SCB: Län och kommuner 2023 (via sjbrg/swedish-geodata, CC0)',
      en: 'Statistics Sweden (SCB): Counties and municipalities 2023 (via sjbrg/swedish-geodata, CC0)',
    },
    url: 'https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/',
    licence: { sv: 'CC0', en: 'CC0' },
    attribution: { sv: 'Källa: SCB', en: 'Source: Statistics Sweden (SCB)' },
  },
];
