/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'city.sectors.gapKey': 'Ej rapporterade år',
  'city.sectors.tableHeading': 'Sektorer ett visst år',
  'city.sectors.year': 'År',
  'city.sectors.caption': '{city}: utsläpp per sektor {year}',
  'city.sectors.sector': 'Sektor',
  'city.sectors.tonnes': 'Ton CO₂e',
  'city.sectors.share': 'Andel',
  'city.sectors.total': 'Totalt',
  'export.sectors.title': '{city}: utsläpp per sektor {from}–{to}',
  'export.file.sectors': 'sektorer',
  'export.csv.sector': 'Sektor',
  'export.csv.sectorId': 'Sektor-id',
} as const;
