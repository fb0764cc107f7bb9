import type { DatasetSector } from '../dataset/schema.ts';

/** SMHI's nine main sectors (Huvudsektor), in SMHI's order, with stable English ids. */
export const SECTORS: readonly DatasetSector[] = [
  { id: 'transport', smhiName: 'Transporter', label: { sv: 'Transporter', en: 'Transport' } },
  {
    id: 'industry',
    smhiName: 'Industri (energi + processer)',
    label: { sv: 'Industri (energi + processer)', en: 'Industry (energy and processes)' },
  },
  {
    id: 'electricity-heating',
    smhiName: 'El och fjärrvärme',
    label: { sv: 'El och fjärrvärme', en: 'Electricity and district heating' },
  },
  {
    id: 'own-heating',
    smhiName: 'Egen uppvärmning av bostäder och lokaler',
    label: { sv: 'Egen uppvärmning av bostäder och lokaler', en: 'Own heating of homes and premises' },
  },
  { id: 'machinery', smhiName: 'Arbetsmaskiner', label: { sv: 'Arbetsmaskiner', en: 'Off-road machinery' } },
  { id: 'agriculture', smhiName: 'Jordbruk', label: { sv: 'Jordbruk', en: 'Agriculture' } },
  { id: 'waste', smhiName: 'Avfall (inkl.avlopp)', label: { sv: 'Avfall (inkl. avlopp)', en: 'Waste (incl. sewage)' } },
  {
    id: 'product-use',
    smhiName: 'Produktanvändning (inkl. lösningsmedel)',
    label: { sv: 'Produktanvändning (inkl. lösningsmedel)', en: 'Product use (incl. solvents)' },
  },
  {
    id: 'international-transport',
    smhiName: 'Utrikes transporter',
    label: { sv: 'Utrikes transporter', en: 'International transport' },
  },
];

const byName = new Map(SECTORS.map((s) => [s.smhiName, s.id]));

/** The stable id for an SMHI Huvudsektor name, or undefined when SMHI's name is unknown. */
export function sectorIdForSmhiName(name: string): string | undefined {
  return byName.get(name.trim());
}
