/** Strings of the contracts namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'contracts.heading': 'Klimatkontrakt 2030',
    'contracts.intro':
      'Varje årlig version av Klimatkontrakt 2030 och vilka städer som signerade den. Välj en dag för att se läget just då.',
    'contracts.asOf': 'Läget den',
    'contracts.today': 'I dag',
    'contracts.cop26': 'COP26 öppnar (31 okt. 2021)',
    'contracts.endOf2022': 'Slutet av 2022',
    'contracts.summary': 'Den {date} hade {signed} av {total} städer signerat Klimatkontrakt 2030.',
    'contracts.summaryDetail':
      '{letters} hade bara en avsiktsförklaring, {joined} var med i programmet utan att ha signerat något.',
    'contracts.timeline': 'Tidslinje',
    'contracts.version': 'Version {id}',
    'contracts.kind.contract': '{count} signerade kontraktet',
    'contracts.kind.letter-of-intent': '{count} signerade en avsiktsförklaring',
    'contracts.notYet': 'efter den valda dagen',
    'contracts.sources': 'Källor',
    'contracts.inferred': '* Datumet är härlett, inte angivet per stad i källorna.',
    'contracts.statusTable': 'Städernas status den {date}',
    'contracts.firstSigned': 'Första kontrakt',
    'contracts.badDate': '”{value}” är inget giltigt datum (ÅÅÅÅ-MM-DD mellan 1990 och 2100); visar i dag.',
    'contracts.laterNote': 'Versioner från 2024 och framåt finns inte i datan än.',
  },
  en: {
    'contracts.heading': 'Klimatkontrakt 2030',
    'contracts.intro':
      'Every yearly version of the Climate City Contract 2030 and the cities that signed it. Choose a day to see the state on that day.',
    'contracts.asOf': 'State on',
    'contracts.today': 'Today',
    'contracts.cop26': 'COP26 opens (31 Oct 2021)',
    'contracts.endOf2022': 'End of 2022',
    'contracts.summary': 'On {date}, {signed} of {total} cities had signed Klimatkontrakt 2030.',
    'contracts.summaryDetail':
      '{letters} had only a letter of intent, {joined} were in the programme without having signed anything.',
    'contracts.timeline': 'Timeline',
    'contracts.version': 'Version {id}',
    'contracts.kind.contract': '{count} signed the contract',
    'contracts.kind.letter-of-intent': '{count} signed a letter of intent',
    'contracts.notYet': 'after the chosen day',
    'contracts.sources': 'Sources',
    'contracts.inferred': '* The date is inferred; the sources do not give it per city.',
    'contracts.statusTable': "The cities' status on {date}",
    'contracts.firstSigned': 'First contract',
    'contracts.badDate': '“{value}” is not a valid date (YYYY-MM-DD between 1990 and 2100); showing today.',
    'contracts.laterNote': 'Versions from 2024 on are not in the data yet.',
  },
});
