/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'headline.cities': 'cities in the programme',
  'headline.cohort': '{count} in {cohort}',
  'headline.signed': 'have signed Climate City Contract 2030',
  'headline.signedOf': '{signed} of {total}',
  'headline.signedHistory': '{first} in {firstYear}; {count} by the end of {year}',
  'headline.inferred': 'The count rests on inferred dates, not stated for each city in the sources.',
  'headline.onTrack': 'of the cities with a numeric target of their own are on track',
  'headline.onTrackDetail': '{noFigure} have a target without a figure, {noTarget} no target',
  'headline.combined': 'combined change since 1990',
  'headline.combinedDetail': '{change2015} since 2015; {total} Mt CO₂e in {year}',
} as const satisfies Record<keyof typeof sv, string>;
