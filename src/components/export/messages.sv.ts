/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'export.download': 'Ladda ner:',
  'export.downloadAs': 'Ladda ner',
  'export.group': 'Ladda ner {what}',
  'export.hint.png': 'Bild (PNG) med rubrik, teckenförklaring, källa och datum',
  'export.hint.svg': 'Vektorbild (SVG) med rubrik, teckenförklaring, källa och datum',
  'export.hint.csv': 'Siffrorna (CSV med semikolon och decimalkomma)',
  'export.error': 'Kunde inte skapa {format}-filen: {detail}',
  'export.nothingDrawn': 'diagrammet är inte ritat ännu. Försök igen om en stund.',
  'export.exported': 'Hämtad {date} från {url}',
} as const;
