/** /about's account of the roster: cohorts with their members, the EU Mission's labels, and the comparison's method and caveat. */
import type { CitiesResponse } from '../../../contract/cities.ts';
import type { ProgrammeComparison } from '../../../contract/comparison.ts';
import { formatPartialDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { idsInCohort, missionMembership } from '../../lib/roster.ts';

export function AboutRoster({ data }: { data: CitiesResponse }) {
  const { t, lang } = useI18n('about');
  const mission = data.cities.filter((c) => missionMembership(c));
  return (
    <>
      <h2>{t('about.roster')}</h2>
      <p>{t('about.rosterBody')}</p>
      <ul className="cohort-list">
        {data.cohorts
          .filter((cohort) => cohort.programme === 'kns2030')
          .map((cohort) => {
            const count = idsInCohort(data.cities, cohort.id).length;
            return (
              <li key={cohort.id}>
                <strong>{cohort.label[lang]}</strong>
                <span className="muted">
                  {' '}
                  — {count > 0 ? t('about.cohortMembers', { count }) : t('about.cohortEmpty')}
                </span>
                <p>{cohort.note[lang]}</p>
              </li>
            );
          })}
      </ul>
      <h3>{t('about.mission')}</h3>
      <p>{t('about.missionBody')}</p>
      <ul className="cohort-list">
        {mission.map((city) => {
          const label = missionMembership(city)?.missionLabel;
          return (
            <li key={city.id}>
              <strong>{city.name}</strong>
              <span className="muted">
                {' — '}
                {label ? (
                  <>
                    <a href={label.source.url} rel="noopener noreferrer">
                      {t('about.missionLabel', { date: formatPartialDay(label.awardedOn, label.precision, lang) })}
                    </a>
                    {label.certainty === 'inferred' && ` ${t('about.missionInferred')}`}
                  </>
                ) : (
                  t('about.missionNoLabel')
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function AboutComparison({ data }: { data: ProgrammeComparison }) {
  const { t, lang } = useI18n('about');
  return (
    <>
      <h2>{t('about.comparison')}</h2>
      <p>{data.method[lang]}</p>
      <p>
        <strong>{data.caveat[lang]}</strong>
      </p>
    </>
  );
}
