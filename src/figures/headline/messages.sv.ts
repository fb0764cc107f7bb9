/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'headline.cities': 'städer i programmet',
  'headline.cohort': '{count} i {cohort}',
  'headline.signed': 'har signerat Klimatkontrakt 2030',
  'headline.signedOf': '{signed} av {total}',
  'headline.signedHistory': '{first} år {firstYear}; {count} i slutet av {year}',
  'headline.inferred': 'Räkningen bygger på härledda datum, som inte anges per stad i källorna.',
  'headline.onTrack': 'av städerna med ett eget mål med siffra är i fas',
  'headline.onTrackDetail': '{noFigure} har ett mål utan siffra, {noTarget} inget mål',
  'headline.combined': 'sammanlagd förändring sedan 1990',
  'headline.combinedDetail': '{change2015} sedan 2015; {total} Mt CO₂e år {year}',
} as const;
