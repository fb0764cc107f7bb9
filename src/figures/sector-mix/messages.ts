/** Strings of the figure-sector-mix namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'city.sectors.gapKey': 'Ej rapporterade år',
    'city.sectors.tableHeading': 'Sektorer ett visst år',
    'city.sectors.year': 'År',
    'city.sectors.caption': '{city}: utsläpp per sektor {year}',
    'city.sectors.sector': 'Sektor',
    'city.sectors.tonnes': 'Ton CO₂e',
    'city.sectors.share': 'Andel',
    'city.sectors.total': 'Totalt',
    'export.sectors.title': '{city}: utsläpp per sektor {from}–{to}',
    'export.file.sectors': 'sektorer',
    'export.csv.sector': 'Sektor',
    'export.csv.sectorId': 'Sektor-id',
  },
  en: {
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
  },
});
