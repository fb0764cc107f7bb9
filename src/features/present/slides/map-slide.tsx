import { useQuery } from '@tanstack/react-query';
import type { CitiesResponse } from '../../../../contract/cities.ts';
import { formatInteger } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useMyCity } from '../../../lib/my-city.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import { MapLegend, useMapMarks, type MapMeasure, type DrawnMap, drawnMapQuery } from '../../../figures/map/index.ts';
import { SlideFrame, SourceLine, type FrameProps } from '../slide-frame.tsx';
import { PresentMap } from './present-map.tsx';
import { slideState } from './slide-states.tsx';

/** The map page's shaping and key, laid out for a slide: the map as tall as the slide, the key large beside it. */
export function MapSlide({ measure, asOf, ...frame }: FrameProps & { measure: MapMeasure; asOf: string | null }) {
  const { t } = useI18n(['present', 'figure-headline']);
  const citiesQuery = useQuery(cityQueries.list(asOf ?? undefined));
  const geoQuery = useQuery(drawnMapQuery());
  return (
    <SlideFrame
      {...frame}
      kind="map"
      source={
        citiesQuery.data &&
        geoQuery.data && (
          <SourceLine
            release={citiesQuery.data.release}
            extra={t('present.source.outlines', { title: geoQuery.data.source.title })}
          />
        )
      }
    >
      {slideState([citiesQuery, geoQuery]) ??
        (citiesQuery.data && geoQuery.data && (
          <MapSlideBody cities={citiesQuery.data} drawn={geoQuery.data.map} measure={measure} />
        ))}
    </SlideFrame>
  );
}

function MapSlideBody({ cities, drawn, measure }: { cities: CitiesResponse; drawn: DrawnMap; measure: MapMeasure }) {
  const { t, lang } = useI18n(['present', 'figure-headline']);
  const { myCity } = useMyCity();
  const { geometry, marks, legend } = useMapMarks(cities, drawn, measure, myCity);
  const { summary } = cities;
  return (
    <div className="slide-map">
      <PresentMap geometry={geometry} marks={marks} measure={measure} year={cities.release.dataThroughYear} />
      <div className="slide-map__side">
        {measure === 'contract' && (
          <p className="slide-map__statement">
            <span className="slide-map__big">
              {t('figure-headline:headline.signedOf', {
                signed: formatInteger(summary.signedCount, lang),
                total: formatInteger(summary.cityCount, lang),
              })}
            </span>{' '}
            {t('figure-headline:headline.signed')}
          </p>
        )}
        <MapLegend measure={measure} items={legend} cities={cities} marks={marks} />
      </div>
    </div>
  );
}
