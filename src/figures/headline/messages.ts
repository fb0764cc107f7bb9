/** Strings of the figure-headline namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'headline.cities': 'städer i programmet',
    'headline.wave': '{wave1} från 2019, {wave2} från hösten 2021',
    'headline.signed': 'har signerat Klimatkontrakt 2030',
    'headline.signedOf': '{signed} av {total}',
    'headline.signedHistory': '{first} år {firstYear}; {count} i slutet av {year}',
    'headline.combined': 'sammanlagd förändring sedan 1990',
    'headline.combinedDetail': '{change2015} sedan 2015; {total} Mt CO₂e år {year}',
  },
  en: {
    'headline.cities': 'cities in the programme',
    'headline.wave': '{wave1} since 2019, {wave2} since autumn 2021',
    'headline.signed': 'have signed Klimatkontrakt 2030',
    'headline.signedOf': '{signed} of {total}',
    'headline.signedHistory': '{first} in {firstYear}; {count} by the end of {year}',
    'headline.combined': 'combined change since 1990',
    'headline.combinedDetail': '{change2015} since 2015; {total} Mt CO₂e in {year}',
  },
});
