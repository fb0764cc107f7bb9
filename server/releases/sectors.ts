import type { DatasetSector } from '../dataset/schema.ts';

/** A sector whose Swedish label is SMHI's name, unless it tidies it. */
const sector = (id: string, smhiName: string, en: string, sv = smhiName): DatasetSector => ({
  id,
  smhiName,
  label: { sv, en },
});

/** SMHI's nine main sectors (Huvudsektor), in SMHI's order, with stable English ids. */
export const SECTORS: readonly DatasetSector[] = [
  sector('transport', 'Transporter', 'Transport'),
  sector('industry', 'Industri (energi + processer)', 'Industry (energy and processes)'),
  sector('electricity-heating', 'El och fjärrvärme', 'Electricity and district heating'),
  sector('own-heating', 'Egen uppvärmning av bostäder och lokaler', 'Own heating of homes and premises'),
  sector('machinery', 'Arbetsmaskiner', 'Off-road machinery'),
  sector('agriculture', 'Jordbruk', 'Agriculture'),
  sector('waste', 'Avfall (inkl.avlopp)', 'Waste (incl. sewage)', 'Avfall (inkl. avlopp)'),
  sector('product-use', 'Produktanvändning (inkl. lösningsmedel)', 'Product use (incl. solvents)'),
  sector('international-transport', 'Utrikes transporter', 'International transport'),
];

const byName = new Map(SECTORS.map((s) => [s.smhiName, s.id]));

/** The stable id for an SMHI Huvudsektor name, or undefined when SMHI's name is unknown. */
export function sectorIdForSmhiName(name: string): string | undefined {
  return byName.get(name.trim());
}
