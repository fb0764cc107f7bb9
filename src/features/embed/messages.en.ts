/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'embed.open': 'Open in {app}',
  'embed.newTab': '(opens in a new tab)',
  'embed.notes': 'About the chart',
  'embed.unknownCityOne':
    'The city {ids} is not in {app}, so the chart is not shown. Check the address (its cities parameter).',
  'embed.unknownCityMany':
    'The cities {ids} are not in {app}, so the chart is not shown. Check the address (its cities parameter).',
  'embed.unknownCityHeading': 'Unknown city in the address',
} as const satisfies Record<keyof typeof sv, string>;
