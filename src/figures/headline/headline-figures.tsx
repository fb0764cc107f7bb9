import type { CitiesResponse } from '../../../contract/cities.ts';
import { formatChange, formatInteger, formatMegatonnes } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { cohortsWithMembers, idsInCohort } from '../../lib/roster.ts';

/** How many of the cities held to a numeric target of their own are on track, and why the others are not counted. */
function OnTrackFigure({ standings }: { standings: CitiesResponse['summary']['targetStandings'] }) {
  const { t, lang } = useI18n('figure-headline');
  // Held to a target of their own: the cities whose target has a figure to draw a path from.
  const withFigure = standings['on-track'] + standings['off-track'] + standings['not-assessed'];
  return (
    <div className="headline__item">
      <dt>{t('headline.onTrack')}</dt>
      <dd className="headline__figure">
        {t('headline.signedOf', {
          signed: formatInteger(standings['on-track'], lang),
          total: formatInteger(withFigure, lang),
        })}
      </dd>
      <dd className="headline__detail">
        {t('headline.onTrackDetail', {
          noFigure: formatInteger(standings['no-figure'], lang),
          noTarget: formatInteger(standings['no-target'], lang),
        })}
      </dd>
    </div>
  );
}

/** The programme at a glance: how many cities, how many signed, how many on track for their own targets, combined change. */
export function HeadlineFigures({ data }: { data: CitiesResponse }) {
  const { t, lang } = useI18n('figure-headline');
  const { summary, cities } = data;
  const cohorts = cohortsWithMembers(cities, data.cohorts)
    .map((cohort) => t('headline.cohort', { count: idsInCohort(cities, cohort.id).length, cohort: cohort.label[lang] }))
    .join(', ');
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
        <dd className="headline__detail">{cohorts}</dd>
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
            {lastYear.inferred && <abbr title={t('headline.inferred')}>*</abbr>}
          </dd>
        )}
      </div>
      <OnTrackFigure standings={summary.targetStandings} />
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
