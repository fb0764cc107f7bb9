/** Strings of the embed namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'embed.open': 'Öppna i {app}',
    'embed.newTab': '(öppnas i en ny flik)',
    'embed.notes': 'Om diagrammet',
    'embed.unknownCityOne':
      'Staden {ids} finns inte i {app}, så diagrammet visas inte. Kontrollera adressen (parametern cities).',
    'embed.unknownCityMany':
      'Städerna {ids} finns inte i {app}, så diagrammet visas inte. Kontrollera adressen (parametern cities).',
    'embed.unknownCityHeading': 'Okänd stad i adressen',
  },
  en: {
    'embed.open': 'Open in {app}',
    'embed.newTab': '(opens in a new tab)',
    'embed.notes': 'About the chart',
    'embed.unknownCityOne':
      'The city {ids} is not in {app}, so the chart is not shown. Check the address (its cities parameter).',
    'embed.unknownCityMany':
      'The cities {ids} are not in {app}, so the chart is not shown. Check the address (its cities parameter).',
    'embed.unknownCityHeading': 'Unknown city in the address',
  },
});
