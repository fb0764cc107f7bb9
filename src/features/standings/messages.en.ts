/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'myCity.sentence': '{city} is {rank} of {of} on {measure}.',
  'myCity.sentenceNoValue': '{city} has no value for {measure}.',
  'standings.heading': 'Standings',
  'standings.intro':
    'The cities in order of one measure. Rank 1 is the lowest value: least emissions or the deepest cut.',
  'standings.measure': 'Measure',
  'standings.method': 'How are the cities ranked?',
} as const satisfies Record<keyof typeof sv, string>;
