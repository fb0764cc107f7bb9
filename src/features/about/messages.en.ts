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
  'about.inferred': '(date inferred, not stated per city)',
  'about.roster': 'The programme as data: members, cohorts and the EU Mission',
  'about.rosterBody':
    "The dashboard holds SMHI's emissions and SCB's population for every municipality in Sweden. The programme is a relation over them: each member belongs to a cohort (a wave, the 2024 new pioneer cities or twin cities, a twin being paired with a city of the programme), with the date it joined – as precisely as it is known: a year, a month or a day – and, where it applies, the date it left, and with its source. Everything that counts or lists the programme's cities (counts, ranks, the map, the contracts' timeline, the presentation, embeds and the static export) follows the roster; a city counts from the first day it can have joined. Coordinators keep the roster under “For coordinators”; every change is logged.",
  'about.cohortMembers': '{count} members today',
  'about.cohortEmpty': 'no members recorded',
  'about.mission': 'The EU Mission for climate-neutral and smart cities',
  'about.missionBody':
    'A second membership: the Swedish cities the EU Mission selected, and the EU Mission Label with its date and source where one is known. An inferred date is marked as inferred.',
  'about.missionLabel': 'Mission Label {date}',
  'about.missionInferred': '(year inferred)',
  'about.missionNoLabel': 'no Mission Label found',
  'about.comparison': 'The programme compared with the rest of Sweden',
} as const satisfies Record<keyof typeof sv, string>;
