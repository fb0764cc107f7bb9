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
  'about.inferred': '(datumet härlett, inte angivet per stad)',
  'about.roster': 'Programmet som data: medlemmar, grupper och EU:s uppdrag',
  'about.rosterBody':
    'Panelen har SMHI:s utsläpp och SCB:s befolkning för alla Sveriges kommuner. Programmet är en relation över dem: varje medlem hör till en grupp (en våg, 2024 års nya pionjärstäder eller tvillingstäder, där en tvillingstad paras med en stad i programmet), med datum då den gick med – så exakt som det är känt: ett år, en månad eller en dag – och i förekommande fall då den lämnade, och med sin källa. Allt som räknar eller listar programmets städer (antal, rangordning, kartan, kontraktens tidslinje, presentationen, inbäddningar och den statiska exporten) följer medlemslistan; en stad räknas från den första dagen den kan ha gått med. Samordnare för listan under ”För samordnare”; varje ändring loggas.',
  'about.cohortMembers': '{count} medlemmar i dag',
  'about.cohortEmpty': 'inga medlemmar registrerade',
  'about.mission': 'EU:s uppdrag för klimatneutrala och smarta städer',
  'about.missionBody':
    'Ett andra medlemskap: de svenska städer som EU:s uppdrag valde ut, och EU:s Mission Label med datum och källa där en sådan är känd. Ett härlett datum är markerat som härlett.',
  'about.missionLabel': 'Mission Label {date}',
  'about.missionInferred': '(året härlett)',
  'about.missionNoLabel': 'ingen Mission Label funnen',
  'about.comparison': 'Programmet jämfört med resten av Sverige',
} as const;
