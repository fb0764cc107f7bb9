import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import type { CitiesResponse } from '../../../contract/cities.ts';
import { QueryGate } from '../../components/query-gate.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { cityQueries } from '../../api/queries/cities.ts';
import {
  MapFigure,
  MapLegend,
  useMapMarks,
  type MapMeasure,
  type DrawnMap,
  parseMapState,
  serializeMapState,
  mapTitle,
  drawnMapQuery,
} from '../../figures/map/index.ts';
import { EmbedFrame, EmbedLanguage, EmbedSource } from './embed-frame.tsx';
import { fitMapWidth, keyBeside, mapWidthFor } from './map-fit.ts';
import { useAvailableSize } from './use-available-height.ts';

/** `/embed/map?measure=…`: the map and its key alone, for other sites' iframes; plus `lang`. */
export function EmbedMapPage() {
  const [params] = useSearchParams();
  return (
    <EmbedLanguage lang={params.get('lang')}>
      <EmbedMap params={params} />
    </EmbedLanguage>
  );
}

function EmbedMap({ params }: { params: URLSearchParams }) {
  const { t, lang } = useI18n(['embed', 'figure-map']);
  const tMap = useI18n('figure-map').t;
  const { measure } = parseMapState(params);
  const citiesQuery = useQuery(cityQueries.list());
  const geoQuery = useQuery(drawnMapQuery());
  const title = citiesQuery.data ? mapTitle(measure, citiesQuery.data, tMap, lang) : t('map.heading');
  const query = serializeMapState(measure).toString();
  const source = citiesQuery.data && geoQuery.data && (
    <EmbedSource
      release={citiesQuery.data.release}
      extra={`${t('figure-map:map.source.outlines')} ${geoQuery.data.source.title}.`}
    />
  );

  return (
    <EmbedFrame title={title} fullView={`/map${query ? `?${query}` : ''}`} source={source}>
      <QueryGate queries={[citiesQuery, geoQuery]}>
        {(citiesData, geoData) => <EmbedMapBody cities={citiesData} drawn={geoData.map} measure={measure} />}
      </QueryGate>
    </EmbedFrame>
  );
}

/**
 * The map as tall as the frame allows (its width follows Sweden's shape), the key beside it;
 * in a frame too narrow for both, the key under the map and the map in the height left.
 */
function EmbedMapBody({ cities, drawn, measure }: { cities: CitiesResponse; drawn: DrawnMap; measure: MapMeasure }) {
  const { geometry, marks, legend } = useMapMarks(cities, drawn, measure, null);
  const year = cities.release.dataThroughYear;
  const aspect = geometry.width / geometry.height;
  const [room, roomRef] = useAvailableSize({ width: 800, height: 480 });
  const [slot, slotRef] = useAvailableSize({ width: 800, height: 480 });
  const beside = keyBeside(room, aspect);
  const width = beside ? mapWidthFor(room.height, aspect) : fitMapWidth(slot, aspect);
  return (
    <div ref={roomRef} className={`embed-map embed-map--${beside ? 'beside' : 'below'}`}>
      <div ref={slotRef} className="embed-map__slot">
        <div className="embed-map__figure" style={{ width }}>
          <MapFigure geometry={geometry} marks={marks} measure={measure} year={year} />
        </div>
      </div>
      <MapLegend measure={measure} items={legend} cities={cities} marks={marks} headingHidden />
    </div>
  );
}
