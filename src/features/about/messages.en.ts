/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'about.heading': 'About the data',
  'about.releases': 'Releases',
  'about.releasesBody':
    'SMHI recalculates its whole time series in every release. The dashboard therefore never mixes years from two releases in one series; every figure shows its release.',
  'about.contracts': 'Climate City Contract 2030: dates and sources',
  'about.version': 'Version {id}, signed {date}',
  'about.signatories': '{contracts} cities signed the contract; {letters} letters of intent',
  'about.sources': 'Sources',
} as const satisfies Record<keyof typeof sv, string>;
