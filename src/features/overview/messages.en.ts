/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'export.overview.what': 'the table',
  'export.file.overview': 'overview',
  'export.csv.change1990': 'Change since 1990, %',
  'export.csv.firstSigned': 'First signed',
  'overview.intro':
    'Territorial greenhouse-gas emissions according to SMHI, per city and year. Select a column heading to sort.',
  'table.caption': 'The 23 cities, emissions {year} ({release})',
  'table.lan': 'County',
  'table.target': 'Own target',
  'table.change1990': 'Since 1990',
} as const satisfies Record<keyof typeof sv, string>;
