import type { CitiesResponse } from '../../../contract/cities.ts';
import type { GeoSource } from '../../../contract/geo.ts';
import { PopulationSourceLine, ReleaseSourceLine } from '../../components/source-lines.tsx';
import { useI18n } from '../../lib/i18n.tsx';

/** Where the figures and the outlines come from, and which release the figures are. */
export function MapSourceNote({ cities, outlines }: { cities: CitiesResponse; outlines: GeoSource }) {
  const { t, lang } = useI18n('figure-map');
  const { release, populationSource } = cities;
  return (
    <section className="source-note" aria-labelledby="map-source-heading">
      <h2 id="map-source-heading">{t('source.heading')}</h2>
      <ReleaseSourceLine release={release} />
      <PopulationSourceLine source={populationSource} />
      <p>
        {t('map.source.outlines')}{' '}
        <a href={outlines.url} rel="noopener noreferrer">
          {outlines.title}
        </a>
        . {t('map.source.outlinesLicence', { licence: outlines.licence[lang], note: outlines.note[lang] })}
      </p>
    </section>
  );
}
