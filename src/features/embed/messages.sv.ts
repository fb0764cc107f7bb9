/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'embed.open': 'Öppna i {app}',
  'embed.newTab': '(öppnas i en ny flik)',
  'embed.notes': 'Om diagrammet',
  'embed.unknownCityOne':
    'Staden {ids} finns inte i {app}, så diagrammet visas inte. Kontrollera adressen (parametern cities).',
  'embed.unknownCityMany':
    'Städerna {ids} finns inte i {app}, så diagrammet visas inte. Kontrollera adressen (parametern cities).',
  'embed.unknownCityHeading': 'Okänd stad i adressen',
} as const;
