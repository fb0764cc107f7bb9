/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'city.rank.tonnesCo2e': 'Totala utsläpp',
  'city.rank.tonnesPerCapita': 'Utsläpp per invånare',
  'city.rank.changeSince1990Percent': 'Förändring sedan 1990',
  'city.rank.changeSince2015Percent': 'Förändring sedan 2015',
  'city.rank.averageAnnualChangeSince2015Percent': 'Genomsnittlig årlig förändring sedan 2015',
  'city.rank.projectedChange2030Percent': 'Trendens förändring till 2030',
  'export.standings.what': 'rangordningen',
  'export.file.standings': 'rangordning',
  'export.csv.rank': 'Plats',
  'export.unit.tonnes': 'ton CO₂e',
  'export.unit.perCapita': 'ton CO₂e per invånare',
  'export.csv.of': 'Av',
  'standings.caption': 'Städerna efter {measure} ({release})',
  'standings.rank': 'Plats',
  'standings.city': 'Stad',
  'standings.noValue': 'saknas',
} as const;
