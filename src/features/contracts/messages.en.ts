/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'contracts.heading': 'Climate City Contract 2030',
  'contracts.intro':
    'Every yearly version of the Climate City Contract 2030 and the cities that signed it. Choose a day to see the state on that day.',
  'contracts.asOf': 'State on',
  'contracts.today': 'Today',
  'contracts.cop26': 'COP26 opens (31 Oct 2021)',
  'contracts.endOf2022': 'End of 2022',
  'contracts.summary': 'On {date}, {signed} of {total} cities had signed Climate City Contract 2030.',
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
} as const satisfies Record<keyof typeof sv, string>;
