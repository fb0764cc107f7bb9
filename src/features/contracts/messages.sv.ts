/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
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
} as const;
