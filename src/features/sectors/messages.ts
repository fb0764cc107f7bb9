/** Strings of the sectors namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'matrix.heading': 'Sektorer: förändring sedan 2015',
    'matrix.intro':
      'Varje stad och SMHI-sektor: förändringen från {from} till {to}. Blått är en minskning, orange en ökning; tecknet och siffran står i varje ruta. Sortera på valfri kolumn. Stadens namn leder till stadssidan, med liknande städer och vem som minskat snabbast.',
    'matrix.unit': 'Visa som',
    'matrix.empty': 'Det finns inga städer med siffror för båda åren.',
    'matrix.what': 'sektormatrisen',
    'matrix.file': 'sektorer',
  },
  en: {
    'matrix.heading': 'Sectors: change since 2015',
    'matrix.intro':
      'Every city and SMHI sector: the change from {from} to {to}. Blue is a cut, orange a rise; the sign and the number are in every cell. Sort by any column. A city’s name opens its city page, with similar cities and who cut fastest.',
    'matrix.unit': 'Show as',
    'matrix.empty': 'No city has figures for both years.',
    'matrix.what': 'the sector matrix',
    'matrix.file': 'sectors',
  },
});
