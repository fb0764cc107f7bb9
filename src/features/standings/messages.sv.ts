/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'myCity.sentence': '{city} är {rank} av {of} på {measure}.',
  'myCity.sentenceNoValue': '{city} har inget värde för {measure}.',
  'standings.heading': 'Rangordning',
  'standings.intro': 'Städerna ordnade efter ett mått. Plats 1 är lägst värde: minst utsläpp eller störst minskning.',
  'standings.measure': 'Mått',
  'standings.method': 'Hur rangordnas städerna?',
} as const;
