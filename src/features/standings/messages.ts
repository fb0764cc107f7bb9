/** Strings of the standings namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'myCity.sentence': '{city} är {rank} av {of} på {measure}.',
    'myCity.sentenceNoValue': '{city} har inget värde för {measure}.',
    'standings.heading': 'Rangordning',
    'standings.intro': 'Städerna ordnade efter ett mått. Plats 1 är lägst värde: minst utsläpp eller störst minskning.',
    'standings.measure': 'Mått',
    'standings.method': 'Hur rangordnas städerna?',
  },
  en: {
    'myCity.sentence': '{city} is {rank} of {of} on {measure}.',
    'myCity.sentenceNoValue': '{city} has no value for {measure}.',
    'standings.heading': 'Standings',
    'standings.intro':
      'The cities in order of one measure. Rank 1 is the lowest value: least emissions or the deepest cut.',
    'standings.measure': 'Measure',
    'standings.method': 'How are the cities ranked?',
  },
});
