import type { RankMeasure } from '../../../../contract/assessment.ts';
import type { CityDetailResponse } from '../../../../contract/cities.ts';
import { formatChange, formatPerCapita, formatTonnes } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatOrdinal } from '../../../lib/ordinal.ts';
import { HeadlineItem } from '../../../components/headline-item.tsx';
import { OnTrackItem } from '../../../figures/trajectory/index.ts';

/** The city page's headline figures, six of them, each with the city's rank among the programme's cities. */
export function CityFigures({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('present');
  const { city } = detail;
  const { latest, assessment } = city;
  const { trend, ranks } = assessment;
  const noData = t('table.noData');
  const change = (value: number | null | undefined) => (value == null ? noData : formatChange(value, lang));
  const rank = (measure: RankMeasure) => {
    const r = ranks[measure];
    return r ? t('present.city.rank', { ordinal: formatOrdinal(r.rank, lang), of: r.of }) : undefined;
  };
  return (
    <dl className="headline slide-city__figures" aria-label={t('city.headline.label', { city: city.name })}>
      <HeadlineItem
        label={t('city.headline.latest', { year: latest?.year ?? '' })}
        figure={latest ? formatTonnes(latest.tonnesCo2e, lang) : noData}
        detail={rank('tonnesCo2e')}
      />
      <HeadlineItem
        label={t('city.headline.perCapita', { year: latest?.year ?? '' })}
        figure={latest?.tonnesPerCapita == null ? noData : formatPerCapita(latest.tonnesPerCapita, lang)}
        detail={rank('tonnesPerCapita')}
      />
      <HeadlineItem
        label={t('city.headline.since1990')}
        figure={change(city.changeSince1990Percent)}
        detail={rank('changeSince1990Percent')}
      />
      <HeadlineItem
        label={t('city.headline.since2015')}
        figure={change(city.changeSince2015Percent)}
        detail={rank('changeSince2015Percent')}
      />
      <HeadlineItem
        label={t('city.headline.trend')}
        figure={change(trend?.slopePercentPerYear)}
        detail={
          trend
            ? t('present.city.trend2030', {
                change: change(trend.projectedChange2030Percent),
                year: latest?.year ?? trend.toYear,
              })
            : t('city.headline.trendNone')
        }
      />
      <OnTrackItem assessment={assessment} />
    </dl>
  );
}
