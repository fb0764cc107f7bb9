/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'matrix.unit.percent': 'Procent',
  'matrix.unit.tonnes': 'Ton CO₂e',
  'matrix.unit.perCapita': 'Ton per invånare',
  'matrix.caption': 'Förändring {from}–{to} per stad och sektor, {unit} ({release})',
  'matrix.city': 'Stad',
  'matrix.total': 'Totalt',
  'matrix.none': '–',
  'matrix.noneLabel': 'ingen procent: 0 ton {from}',
  'matrix.legend': 'Färgskala',
  'matrix.legend.cut': 'minskning',
  'matrix.legend.rise': 'ökning',
} as const;
