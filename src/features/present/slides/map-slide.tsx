import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CitiesResponse } from '../../../../contract/cities.ts';
import type { LanTopology } from '../../../../contract/geo.ts';
import { formatInteger } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useMyCity } from '../../../lib/my-city.tsx';
import { cityQueries } from '../../cities/queries.ts';
import { MapFigure } from '../../map/map-figure.tsx';
import { MapLegend } from '../../map/map-legend.tsx';
import { legendFor, type MapMeasure } from '../../map/map-scales.ts';
import { mapGeometry, mapMarks } from '../../map/map-series.ts';
import { geoQueries } from '../../map/queries.ts';
import '../../map/map.css';
import { SlideFrame, SourceLine, type FrameProps } from '../slide-frame.tsx';
import { slideState } from './slide-states.tsx';

/** The map page's own figure and key, laid out for a slide: the map on one side, the key large beside it. */
export function MapSlide({ measure, asOf, ...frame }: FrameProps & { measure: MapMeasure; asOf: string | null }) {
  const { t } = useI18n();
  const cities = useQuery(cityQueries.list(asOf ?? undefined));
  const geo = useQuery(geoQueries.lan());
  return (
    <SlideFrame
      {...frame}
      kind="map"
      source={cities.data && geo.data && <SourceLine release={cities.data.release} extra={t('present.source.outlines', { title: geo.data.source.title })} />}
    >
      {slideState([cities, geo]) ?? (cities.data && geo.data && <MapSlideBody cities={cities.data} topology={geo.data.topology} measure={measure} />)}
    </SlideFrame>
  );
}

function MapSlideBody({ cities, topology, measure }: { cities: CitiesResponse; topology: LanTopology; measure: MapMeasure }) {
  const { t, lang } = useI18n();
  const { myCity } = useMyCity();
  const geometry = useMemo(() => mapGeometry(topology), [topology]);
  const marks = useMemo(() => mapMarks(cities.cities, geometry.projection, measure, myCity), [cities, geometry, measure, myCity]);
  const legend = useMemo(() => legendFor(measure, marks), [measure, marks]);
  const { summary } = cities;
  return (
    <div className="slide-map">
      <div className="slide-map__figure">
        <MapFigure geometry={geometry} marks={marks} measure={measure} year={cities.release.dataThroughYear} />
      </div>
      <div className="slide-map__side">
        {measure === 'contract' && (
          <p className="slide-map__statement">
            <span className="slide-map__figure-text">{t('headline.signedOf', { signed: formatInteger(summary.signedCount, lang), total: formatInteger(summary.cityCount, lang) })}</span>{' '}
            {t('headline.signed')}
          </p>
        )}
        <MapLegend
          measure={measure}
          items={legend}
          year={cities.release.dataThroughYear}
          asOf={cities.asOf}
          methods={cities.methods}
          myCity={marks.find((m) => m.isMine)}
        />
      </div>
    </div>
  );
}
