/** Strings of the figure-sector-matrix namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
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
  },
  en: {
    'matrix.unit.percent': 'Percent',
    'matrix.unit.tonnes': 't CO₂e',
    'matrix.unit.perCapita': 't per person',
    'matrix.caption': 'Change {from}–{to} by city and sector, {unit} ({release})',
    'matrix.city': 'City',
    'matrix.total': 'Total',
    'matrix.none': '–',
    'matrix.noneLabel': 'no percent: 0 t in {from}',
    'matrix.legend': 'Colour scale',
    'matrix.legend.cut': 'cut',
    'matrix.legend.rise': 'rise',
  },
});
