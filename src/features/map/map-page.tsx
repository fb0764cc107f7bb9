import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { QueryGate } from '../../components/query-gate.tsx';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cityQueries } from '../../api/queries/cities.ts';
import { EmbedSnippet } from '../../components/share/embed-snippet.tsx';
import {
  MapExport,
  mapTitle,
  MapSourceNote,
  type MapMeasure,
  parseMapState,
  serializeMapState,
  MapView,
  drawnMapQuery,
} from '../../figures/map/index.ts';
import { MapControls } from './map-controls.tsx';

/** `/map`: the cities on a map of the län, coloured by a measure chosen in the URL, with a table of the same figures. */
export function MapPage() {
  const { t, lang } = useI18n(['map', 'figure-map']);
  const tMap = useI18n('figure-map').t;
  useDocumentTitle(t('map.heading'), t('app.title'));
  const cities = useQuery(cityQueries.list());
  const geo = useQuery(drawnMapQuery());
  const [params, setParams] = useSearchParams();
  const { measure, badMeasure } = parseMapState(params);
  const setMeasure = (next: MapMeasure) => setParams(serializeMapState(next), { replace: true });
  const page = useRef<HTMLElement>(null);

  return (
    <article ref={page} className="page map-page">
      <header className="page__header">
        <h1>{t('map.heading')}</h1>
        <p className="lede">{t('map.intro')}</p>
      </header>
      <QueryGate queries={[cities, geo]}>
        {(citiesData, geoData) =>
          citiesData.cities.length === 0 ? (
            <EmptyState message={t('state.empty')} />
          ) : (
            <>
              {badMeasure !== null && (
                <p className="notice" role="status">
                  {t('map.problem', { value: badMeasure, fallback: t(`figure-map:map.measure.${measure}`) })}
                </p>
              )}
              <MapControls measure={measure} onChange={setMeasure} />
              <MapView
                cities={citiesData}
                drawn={geoData.map}
                measure={measure}
                tools={
                  <div className="figure-tools">
                    <MapExport
                      cities={citiesData}
                      drawn={geoData.map}
                      outlines={geoData.source}
                      measure={measure}
                      containerRef={page}
                    />
                    <EmbedSnippet
                      path="/embed/map"
                      params={serializeMapState(measure)}
                      title={t('embed.map.frameTitle', { title: mapTitle(measure, citiesData, tMap, lang) })}
                    />
                  </div>
                }
              />
              <MapSourceNote cities={citiesData} outlines={geoData.source} />
            </>
          )
        }
      </QueryGate>
    </article>
  );
}
