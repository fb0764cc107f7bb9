import type { CityAssessment, Methods } from '../../../contract/assessment.ts';
import { RANK_MEASURES } from '../../../contract/measures.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { MethodNote } from '../../components/method-note.tsx';
import { formatOrdinal } from '../../lib/ordinal.ts';

/**
 * Where the city stands among the programme's cities on each ranked measure: "3:e av 23", N from the
 * data. A municipality outside the programme has no rank among them, and the section says so.
 */
export function CityRanks({
  ranks,
  methods,
  inProgramme,
}: {
  ranks: CityAssessment['ranks'];
  methods: Methods;
  inProgramme: boolean;
}) {
  const { t, lang } = useI18n(['city', 'figure-standings']);
  if (!inProgramme)
    return (
      <section className="city-section city-ranks" aria-labelledby="city-ranks-heading">
        <h2 id="city-ranks-heading">{t('city.ranks.heading')}</h2>
        <p className="muted">{t('city.ranks.outside')}</p>
      </section>
    );
  return (
    <section className="city-section city-ranks" aria-labelledby="city-ranks-heading">
      <h2 id="city-ranks-heading">{t('city.ranks.heading')}</h2>
      <p className="muted">{t('city.ranks.intro')}</p>
      <dl className="city-ranks__list">
        {RANK_MEASURES.map((measure) => {
          const rank = ranks[measure];
          return (
            <div key={measure} className="city-ranks__item">
              <dt>{t(`figure-standings:city.rank.${measure}`)}</dt>
              <dd>
                {rank ? t('city.rank', { ordinal: formatOrdinal(rank.rank, lang), of: rank.of }) : t('table.noData')}
              </dd>
            </div>
          );
        })}
      </dl>
      <MethodNote texts={[methods.ranks[lang]]} about={t('city.ranks.heading')} />
    </section>
  );
}
