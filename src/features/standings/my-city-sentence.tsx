import type { StandingsResponse } from '../../../contract/standings.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMyCity } from '../../lib/my-city.tsx';
import { formatOrdinal } from '../../lib/ordinal.ts';
import { RANK_LABELS } from '../../figures/standings/index.ts';

/** "Malmö is 6th of 23 on change since 2015." for the reader's city, when one is chosen. */
export function MyCitySentence({ data }: { data: StandingsResponse }) {
  const { t, lang } = useI18n(['standings', 'figure-standings']);
  const { myCity } = useMyCity();
  const entry = data.entries.find((e) => e.cityId === myCity);
  if (!entry) return null;
  const measure = t(RANK_LABELS[data.measure]).toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB');
  return (
    <p className="my-city-sentence" role="status">
      {entry.rank === null
        ? t('myCity.sentenceNoValue', { city: entry.name, measure })
        : t('myCity.sentence', { city: entry.name, rank: formatOrdinal(entry.rank, lang), of: entry.of, measure })}
    </p>
  );
}
