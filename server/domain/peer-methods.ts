/**
 * The rules of peers.ts, fastest-cuts.ts and sector-changes.ts in plain Swedish and English,
 * sent with the answers so the UI shows them next to the figures. Keep them in step with the code.
 */
import type { z } from 'zod';
import type { localizedSchema } from '../../contract/common.ts';
import type { peerMethodsSchema } from '../../contract/peers.ts';

export const PEER_METHODS: z.infer<typeof peerMethodsSchema> = {
  similarity: {
    sv: 'Likhet mäts på tre saker det senaste redovisade året: hur stor del av utsläppen varje SMHI-sektor står för, utsläppen per invånare och folkmängden (logaritmerad, så att 50 000 och 100 000 skiljer lika mycket som 500 000 och 1 000 000). Varje del normaliseras över programmets städer: per invånare och folkmängd som z-värden (avvikelse från medel delat med standardavvikelsen), sektorandelarna tillsammans som ett block (skillnaderna i procentenheter delat med roten ur summan av sektorernas varianser), så att en sektor väger efter hur mycket den faktiskt varierar. Avstånd = √(1 · sektorandelar² + 1 · per invånare² + 1 · folkmängd²): de tre delarna väger lika. De tre städerna med minst avstånd visas; 0 betyder identiska.',
    en: 'Similarity is measured on three things in the latest reported year: the share of emissions each SMHI sector accounts for, emissions per person, and population (on a log scale, so 50,000 and 100,000 differ as much as 500,000 and 1,000,000). Each is normalised across the programme’s cities: per person and population as z-scores (difference from the mean divided by the standard deviation), the sector shares together as one block (differences in percentage points divided by the square root of the sum of the sectors’ variances), so that a sector weighs by how much it really varies. Distance = √(1 · sector shares² + 1 · per person² + 1 · population²): the three parts weigh equally. The three cities at the smallest distance are shown; 0 means identical.',
  },
  dominantSectors: {
    sv: 'De största sektorerna är stadens sektorer det senaste redovisade året, störst först, tills de tillsammans står för minst 60 % av utsläppen – minst två och högst tre.',
    en: 'The biggest sectors are the city’s sectors in the latest reported year, largest first, until together they make up at least 60 % of its emissions – at least two and at most three.',
  },
  fastestCuts: {
    sv: 'Snabbast minskning = störst minskning per invånare från 2015 till det senaste redovisade året: utsläppen i sektorn delat med folkmängden det året, minus samma kvot 2015. Per invånare, eftersom ton alltid lyfter fram de största städerna och procent gör små utsläpp stora. Förändringen i ton och procent står bredvid. En sektor med 0 ton 2015 har ingen procentuell förändring. Bara redovisade år används; inget år fylls i.',
    en: 'Fastest cut = the largest fall per person from 2015 to the latest reported year: the sector’s emissions divided by that year’s population, minus the same ratio for 2015. Per person, because tonnes always put the largest cities first and percent makes small emissions look large. The change in tonnes and in percent is given beside it. A sector with 0 t in 2015 has no percentage change. Only reported years are used; no year is filled in.',
  },
};

export const SECTOR_CHANGES_METHOD: z.infer<typeof localizedSchema> = {
  sv: 'Förändring från 2015 till det senaste redovisade året, per stad och SMHI-sektor: i ton (senaste − 2015), i procent ((senaste − 2015) ÷ 2015 × 100; saknas när sektorn hade 0 ton 2015) och per invånare (senaste ÷ folkmängd det året − 2015 ÷ folkmängd 2015). Negativt är en minskning. Bara redovisade år används.',
  en: 'Change from 2015 to the latest reported year, per city and SMHI sector: in tonnes (latest − 2015), in percent ((latest − 2015) ÷ 2015 × 100; none when the sector had 0 t in 2015) and per person (latest ÷ that year’s population − 2015 ÷ the 2015 population). Negative is a cut. Only reported years are used.',
};
