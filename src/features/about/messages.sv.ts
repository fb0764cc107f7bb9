/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'about.heading': 'Om datan',
  'about.releases': 'Versioner',
  'about.releasesBody':
    'SMHI räknar om hela tidsserien i varje ny version. Panelen blandar därför aldrig år från två versioner i samma serie; varje siffra visar sin version.',
  'about.contracts': 'Klimatkontrakt 2030: datum och källor',
  'about.version': 'Version {id}, signerad {date}',
  'about.signatories': '{contracts} städer signerade kontraktet; {letters} avsiktsförklaringar',
  'about.sources': 'Källor',
} as const;
