/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'export.overview.what': 'tabellen',
  'export.file.overview': 'oversikt',
  'export.csv.change1990': 'Förändring sedan 1990, %',
  'export.csv.firstSigned': 'Först signerat',
  'overview.intro':
    'Territoriella utsläpp av växthusgaser enligt SMHI, per stad och år. Klicka på en kolumnrubrik för att sortera.',
  'table.caption': 'De 23 städerna, utsläpp {year} ({release})',
  'table.lan': 'Län',
  'table.target': 'Eget mål',
  'table.change1990': 'Sedan 1990',
} as const;
