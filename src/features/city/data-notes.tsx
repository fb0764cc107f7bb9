import type { CityDetailResponse } from '../../../contract/cities.ts';
import { ReleaseSourceLine } from '../../components/source-lines.tsx';
import { useI18n } from '../../lib/i18n.tsx';

/** Where the figures come from, which release, by what method, and why the newest year lags two years. */
export function DataNotes({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('city');
  const { release, methods } = detail;
  return (
    <section className="city-section source-note city-notes" aria-labelledby="city-notes-heading">
      <h2 id="city-notes-heading">{t('city.notes.heading')}</h2>
      <ReleaseSourceLine release={release} lead={t('city.notes.release', { release: release.label[lang] })} />
      <p>{t('city.notes.years', { years: release.years.join(', ') })}</p>
      <h3>{t('city.notes.method')}</h3>
      <p>{t('about.intro')}</p>
      <p>{methods.perCapita[lang]}</p>
      <h3>{t('city.notes.lagHeading', { year: release.dataThroughYear })}</h3>
      <p>{t('city.notes.lag')}</p>
      <p className="muted city-notes__origin">{t('city.notes.origin', { origin: release.origin })}</p>
    </section>
  );
}
