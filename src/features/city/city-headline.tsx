import type { CityDetailResponse } from '../../../contract/cities.ts';
import { formatChange, formatInteger, formatPerCapita, formatTonnes } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { HeadlineItem } from '../../components/headline-item.tsx';
import { TargetFigures } from './target-figures.tsx';

/** The city at a glance: latest emissions, per person, change, trend, what the target needs, on-track status. */
export function CityHeadline({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('city');
  const { city, methods, release } = detail;
  const { latest, assessment } = city;
  const { trend } = assessment;
  const noData = t('table.noData');
  const change = (value: number | null) => (value === null ? noData : formatChange(value, lang));
  return (
    <section className="city-headline">
      <dl className="headline" aria-label={t('city.headline.label', { city: city.name })}>
        <HeadlineItem
          label={t('city.headline.latest', { year: latest?.year ?? '' })}
          figure={latest ? formatTonnes(latest.tonnesCo2e, lang) : noData}
          detail={t('city.headline.latestDetail')}
        />
        <HeadlineItem
          label={t('city.headline.perCapita', { year: latest?.year ?? '' })}
          figure={latest?.tonnesPerCapita == null ? noData : formatPerCapita(latest.tonnesPerCapita, lang)}
          detail={
            latest?.population == null
              ? undefined
              : t('city.headline.population', { persons: formatInteger(latest.population, lang), year: latest.year })
          }
          methods={[methods.perCapita[lang]]}
        />
        <HeadlineItem label={t('city.headline.since1990')} figure={change(city.changeSince1990Percent)} />
        <HeadlineItem
          label={t('city.headline.since2015')}
          figure={change(city.changeSince2015Percent)}
          detail={
            assessment.averageAnnualChangeSince2015Percent === null
              ? undefined
              : t('city.headline.averageAnnual', {
                  change: formatChange(assessment.averageAnnualChangeSince2015Percent, lang),
                })
          }
          methods={[methods.averageAnnualChange[lang]]}
        />
        <HeadlineItem
          label={t('city.headline.trend')}
          figure={change(trend?.slopePercentPerYear ?? null)}
          detail={
            trend
              ? t('city.headline.trendDetail', {
                  tonnes: formatTonnes(trend.projected2030Tonnes, lang),
                  change: change(trend.projectedChange2030Percent),
                  year: latest?.year ?? trend.toYear,
                })
              : t('city.headline.trendNone')
          }
          methods={[methods.trend[lang]]}
        />
        <TargetFigures detail={detail} />
      </dl>
      <p className="figure__note">{t('city.headline.source', { release: release.label[lang] })}</p>
    </section>
  );
}
