/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'city.rank.tonnesCo2e': 'Total emissions',
  'city.rank.tonnesPerCapita': 'Emissions per person',
  'city.rank.changeSince1990Percent': 'Change since 1990',
  'city.rank.changeSince2015Percent': 'Change since 2015',
  'city.rank.averageAnnualChangeSince2015Percent': 'Average annual change since 2015',
  'city.rank.projectedChange2030Percent': "The trend's change to 2030",
  'city.rank.targetGapPercent': 'Gap to own target',
  'standings.standing': 'Own target',
  'export.standings.what': 'the standings',
  'export.file.standings': 'standings',
  'export.csv.rank': 'Rank',
  'export.unit.tonnes': 't CO₂e',
  'export.unit.perCapita': 't CO₂e per person',
  'export.csv.of': 'Of',
  'standings.caption': 'The cities by {measure} ({release})',
  'standings.rank': 'Rank',
  'standings.city': 'City',
  'standings.noValue': 'no data',
} as const satisfies Record<keyof typeof sv, string>;
