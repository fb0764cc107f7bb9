/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'matrix.heading': 'Sectors: change since 2015',
  'matrix.intro':
    'Every city and SMHI sector: the change from {from} to {to}. Blue is a cut, orange a rise; the sign and the number are in every cell. Sort by any column. A city’s name opens its city page, with similar cities and who cut fastest.',
  'matrix.unit': 'Show as',
  'matrix.empty': 'No city has figures for both years.',
  'matrix.what': 'the sector matrix',
  'matrix.file': 'sectors',
} as const satisfies Record<keyof typeof sv, string>;
