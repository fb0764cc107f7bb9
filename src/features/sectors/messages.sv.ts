/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'matrix.heading': 'Sektorer: förändring sedan 2015',
  'matrix.intro':
    'Varje stad och SMHI-sektor: förändringen från {from} till {to}. Blått är en minskning, orange en ökning; tecknet och siffran står i varje ruta. Sortera på valfri kolumn. Stadens namn leder till stadssidan, med liknande städer och vem som minskat snabbast.',
  'matrix.unit': 'Visa som',
  'matrix.empty': 'Det finns inga städer med siffror för båda åren.',
  'matrix.what': 'sektormatrisen',
  'matrix.file': 'sektorer',
} as const;
