/** Strings of the overview namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'export.overview.what': 'tabellen',
    'export.file.overview': 'oversikt',
    'export.csv.change1990': 'Förändring sedan 1990, %',
    'export.csv.firstSigned': 'Först signerat',
    'overview.intro':
      'Territoriella utsläpp av växthusgaser enligt SMHI, per stad och år. Klicka på en kolumnrubrik för att sortera.',
    'table.caption': 'De 23 städerna, utsläpp {year} ({release})',
    'table.lan': 'Län',
    'table.change1990': 'Sedan 1990',
  },
  en: {
    'export.overview.what': 'the table',
    'export.file.overview': 'overview',
    'export.csv.change1990': 'Change since 1990, %',
    'export.csv.firstSigned': 'First signed',
    'overview.intro':
      'Territorial greenhouse-gas emissions according to SMHI, per city and year. Select a column heading to sort.',
    'table.caption': 'The 23 cities, emissions {year} ({release})',
    'table.lan': 'County',
    'table.change1990': 'Since 1990',
  },
});
