/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
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
} as const satisfies Record<keyof typeof sv, string>;
