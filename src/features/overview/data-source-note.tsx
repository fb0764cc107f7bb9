import type { CitiesResponse } from '../../../contract/cities.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** Where every figure on the page comes from, and which release it is. */
export function DataSourceNote({ data }: { data: CitiesResponse }) {
  const { t, lang } = useI18n();
  const { release, populationSource } = data;
  return (
    <section className="source-note" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('source.heading')}</h2>
      <p>
        {t('source.emissions', { release: release.label[lang] })}{' '}
        <a href={release.source.url} rel="noopener noreferrer">
          {release.source.title}
        </a>
        . {t('source.attribution', { attribution: release.source.attribution, licence: release.source.licence })}
      </p>
      <p>
        {t('source.population', { title: populationSource.title, licence: populationSource.licence })} {t('source.perCapita')}
      </p>
      <p>{t('source.lag', { years: release.years.join(', ') })}</p>
    </section>
  );
}
