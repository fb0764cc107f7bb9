import type { CitiesResponse } from '../../../contract/cities.ts';
import { formatChange, formatInteger, formatMegatonnes } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** The programme at a glance: how many cities, how many signed, combined change. */
export function HeadlineFigures({ data }: { data: CitiesResponse }) {
  const { t, lang } = useI18n('figure-headline');
  const { summary, cities } = data;
  const wave1 = cities.filter((c) => c.wave === 1).length;
  const wave2 = cities.filter((c) => c.wave === 2).length;
  const firstYear = summary.signedByYear[0];
  const finalCount = summary.signedByYear[summary.signedByYear.length - 1]?.count;
  // The year the count reached today's number: "23 by the end of 2022", not of this year.
  const lastYear = summary.signedByYear.find((entry) => entry.count === finalCount);
  const { combined } = summary;
  return (
    <dl className="headline" aria-label={t('overview.heading')}>
      <div className="headline__item">
        <dt>{t('headline.cities')}</dt>
        <dd className="headline__figure">{formatInteger(summary.cityCount, lang)}</dd>
        <dd className="headline__detail">{t('headline.wave', { wave1, wave2 })}</dd>
      </div>
      <div className="headline__item">
        <dt>{t('headline.signed')}</dt>
        <dd className="headline__figure">
          {t('headline.signedOf', { signed: summary.signedCount, total: summary.cityCount })}
        </dd>
        {firstYear && lastYear && (
          <dd className="headline__detail">
            {t('headline.signedHistory', {
              first: firstYear.count,
              firstYear: firstYear.year,
              count: lastYear.count,
              year: lastYear.year,
            })}
          </dd>
        )}
      </div>
      <div className="headline__item">
        <dt>{t('headline.combined')}</dt>
        <dd className="headline__figure">
          {combined.changeSince1990Percent === null
            ? t('table.noData')
            : formatChange(combined.changeSince1990Percent, lang)}
        </dd>
        <dd className="headline__detail">
          {t('headline.combinedDetail', {
            change2015:
              combined.changeSince2015Percent === null
                ? t('table.noData')
                : formatChange(combined.changeSince2015Percent, lang),
            total: formatMegatonnes(combined.tonnesCo2e, lang),
            year: combined.latestYear,
          })}
        </dd>
      </div>
    </dl>
  );
}
