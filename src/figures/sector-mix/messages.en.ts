/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'city.sectors.gapKey': 'Unreported years',
  'city.sectors.tableHeading': 'Sectors in a given year',
  'city.sectors.year': 'Year',
  'city.sectors.caption': '{city}: emissions by sector in {year}',
  'city.sectors.sector': 'Sector',
  'city.sectors.tonnes': 't CO₂e',
  'city.sectors.share': 'Share',
  'city.sectors.total': 'Total',
  'export.sectors.title': '{city}: emissions by sector {from}–{to}',
  'export.file.sectors': 'sectors',
  'export.csv.sector': 'Sector',
  'export.csv.sectorId': 'Sector id',
} as const satisfies Record<keyof typeof sv, string>;
