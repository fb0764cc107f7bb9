/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'embed.button': 'Bädda in',
  'embed.instructions': 'Klistra in koden i en webbsida. Den visar samma urval som nu, utan appens meny.',
  'embed.snippet': 'Kod att bädda in',
  'embed.copy': 'Kopiera',
  'embed.copied': 'Kopierat.',
  'link.copy': 'Kopiera länk',
  'link.copied': 'Länken är kopierad.',
  'link.copyFailed': 'Kunde inte kopiera automatiskt; länken är markerad:',
  'link.address': 'Sidans länk',
  'embed.copyFailed': 'Kunde inte kopiera automatiskt: koden är markerad, tryck Ctrl+C (⌘C på Mac).',
} as const;
