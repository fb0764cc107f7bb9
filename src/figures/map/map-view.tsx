import { useMemo, type ReactNode } from 'react';
import type { CitiesResponse } from '../../../contract/cities.ts';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { useMyCity } from '../../lib/my-city.tsx';
import { MapFigure } from './map-figure.tsx';
import { MapLegend } from './map-legend.tsx';
import type { MapMeasure } from './map-scales.ts';
import { tableOrder, type DrawnMap } from './map-series.ts';
import { MapTable } from './map-table.tsx';
import { useMapMarks } from './use-map-marks.ts';

interface MapViewProps {
  cities: CitiesResponse;
  /** The map drawn from the outlines (geoQueries.drawn). */
  drawn: DrawnMap;
  measure: MapMeasure;
  /** Downloads and the embed snippet, at the top of the side column: after the marks in tab order. */
  tools?: ReactNode;
}

/** Shapes the data once per change, then lays out the map, its legend and the table beside it. */
export function MapView({ cities, drawn, measure, tools }: MapViewProps) {
  const { myCity } = useMyCity();
  const { geometry, marks, legend } = useMapMarks(cities, drawn, measure, myCity);
  const rows = useMemo(() => tableOrder(marks), [marks]);
  const year = cities.release.dataThroughYear;
  return (
    <div className="map-layout">
      <HydrateApart>
        <MapFigure geometry={geometry} marks={marks} measure={measure} year={year} />
      </HydrateApart>
      <div className="map-layout__side">
        {tools}
        <MapLegend measure={measure} items={legend} cities={cities} marks={marks} />
        <HydrateApart>
          <MapTable marks={rows} measure={measure} year={year} />
        </HydrateApart>
      </div>
    </div>
  );
}
