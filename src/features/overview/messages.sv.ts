/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'export.overview.what': 'tabellen',
  'export.file.overview': 'oversikt',
  'export.csv.change1990': 'Förändring sedan 1990, %',
  'export.csv.firstSigned': 'Först signerat',
  'overview.intro':
    'Territoriella utsläpp av växthusgaser enligt SMHI, per stad och år. Klicka på en kolumnrubrik för att sortera.',
  'table.caption': 'Programmets {count} städer, utsläpp {year} ({release})',
  'comparison.heading': 'Programmet mot resten av Sverige',
  'comparison.intro':
    'Programmets städer tillsammans, alla övriga kommuner tillsammans och Sveriges nationella total, över samma år i {release}.',
  'comparison.caption': 'Utsläpp i programmet, övriga kommuner och Sverige, {year} ({release})',
  'comparison.group': 'Grupp',
  'comparison.municipalities': 'Kommuner',
  'comparison.latest': 'ton CO₂e {year}',
  'comparison.since1990': 'Sedan 1990',
  'comparison.since2015': 'Sedan 2015',
  'comparison.perCapita': 'ton per invånare {year}',
  'comparison.perCapitaSince2015': 'Per invånare sedan 2015',
  'comparison.index': 'Index {year} (1990 = 100)',
  'comparison.caveat': 'En jämförelse, inte ett bevis på effekt',
  'comparison.national': 'Sveriges total är SMHI:s nationella serie i {release}.',
  'comparison.nationalOther':
    'Sveriges total är SMHI:s nationella serie i {national}, inte {release}: jämför med försiktighet.',
  'table.lan': 'Län',
  'table.target': 'Eget mål',
  'table.change1990': 'Sedan 1990',
} as const;
