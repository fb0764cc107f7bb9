import type { CitiesResponse } from '../../../contract/cities.ts';
import type { GeoSource } from '../../../contract/geo.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** Where the figures and the outlines come from, and which release the figures are. */
export function MapSourceNote({ cities, outlines }: { cities: CitiesResponse; outlines: GeoSource }) {
  const { t, lang } = useI18n();
  const { release, populationSource } = cities;
  return (
    <section className="source-note" aria-labelledby="map-source-heading">
      <h2 id="map-source-heading">{t('source.heading')}</h2>
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
      <p>
        {t('map.source.outlines')}{' '}
        <a href={outlines.url} rel="noopener noreferrer">
          {outlines.title}
        </a>
        . {t('map.source.outlinesLicence', { licence: outlines.licence, note: outlines.note })}
      </p>
    </section>
  );
}
