/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'export.overview.what': 'the table',
  'export.file.overview': 'overview',
  'export.csv.change1990': 'Change since 1990, %',
  'export.csv.firstSigned': 'First signed',
  'overview.intro':
    'Territorial greenhouse-gas emissions according to SMHI, per city and year. Select a column heading to sort.',
  'table.caption': "The programme's {count} cities, emissions {year} ({release})",
  'comparison.heading': 'The programme against the rest of Sweden',
  'comparison.intro':
    "The programme's cities added up, all other municipalities added up, and Sweden's national total, over the same years of {release}.",
  'comparison.caption': 'Emissions of the programme, the other municipalities and Sweden, {year} ({release})',
  'comparison.group': 'Group',
  'comparison.municipalities': 'Municipalities',
  'comparison.latest': 't CO₂e {year}',
  'comparison.since1990': 'Since 1990',
  'comparison.since2015': 'Since 2015',
  'comparison.perCapita': 't per person {year}',
  'comparison.perCapitaSince2015': 'Per person since 2015',
  'comparison.index': 'Index {year} (1990 = 100)',
  'comparison.caveat': 'A comparison, not proof of effect',
  'comparison.national': "Sweden's total is SMHI's national series of {release}.",
  'comparison.nationalOther':
    "Sweden's total is SMHI's national series of {national}, not {release}: compare with care.",
  'table.lan': 'County',
  'table.target': 'Own target',
  'table.change1990': 'Since 1990',
} as const satisfies Record<keyof typeof sv, string>;
