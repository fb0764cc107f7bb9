/** Strings of the about namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'about.heading': 'Om datan',
    'about.releases': 'Versioner',
    'about.releasesBody':
      'SMHI räknar om hela tidsserien i varje ny version. Panelen blandar därför aldrig år från två versioner i samma serie; varje siffra visar sin version.',
    'about.contracts': 'Klimatkontrakt 2030: datum och källor',
    'about.version': 'Version {id}, signerad {date}',
    'about.signatories': '{contracts} städer signerade kontraktet; {letters} avsiktsförklaringar',
    'about.sources': 'Källor',
  },
  en: {
    'about.heading': 'About the data',
    'about.releases': 'Releases',
    'about.releasesBody':
      'SMHI recalculates its whole time series in every release. The dashboard therefore never mixes years from two releases in one series; every figure shows its release.',
    'about.contracts': 'Klimatkontrakt 2030: dates and sources',
    'about.version': 'Version {id}, signed {date}',
    'about.signatories': '{contracts} cities signed the contract; {letters} letters of intent',
    'about.sources': 'Sources',
  },
});
