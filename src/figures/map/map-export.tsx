import type { RefObject } from 'react';
import type { CitiesResponse } from '../../../contract/cities.ts';
import type { GeoSource } from '../../../contract/geo.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMyCity } from '../../lib/my-city.tsx';
import { legendLabel, measureRule } from './map-format.ts';
import { legendFor, shapePath, type MapMeasure } from './map-scales.ts';
import { geometryOf, mapMarks, tableOrder, type DrawnMap } from './map-series.ts';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { exportFileName } from '../../components/export/file-name.ts';
import { exportedLine, sourceLine } from '../../components/export/footer.ts';
import { drawnIn, figureLook } from '../../components/export/svg-clone.ts';
import { composeFigureSvg, type LegendEntry } from '../../components/export/svg-compose.ts';
import { drawnPanel } from '../../components/export/svg-draw.tsx';
import { NothingDrawnError } from '../../components/export/nothing-drawn.ts';
import { MapDrawing } from './map-drawing.tsx';
import { useSizeKeyTexts } from './map-size-key.tsx';
import { labelSizeAt } from './use-label-size.ts';
import { mapRows } from './map-rows.ts';
import { mapTitle } from './map-title.ts';

interface MapExportProps {
  cities: CitiesResponse;
  /** The map as drawn (geoQueries.drawn). */
  drawn: DrawnMap;
  outlines: GeoSource;
  measure: MapMeasure;
  /** The element the drawn map is in; the export copies it. */
  containerRef: RefObject<HTMLElement | null>;
}

/** The map in a download: this wide whatever the screen, its names sized for it by labelSizeAt (9 map units, about 13 px). */
const MAP_EXPORT_WIDTH = 560;

/** Downloads of the map: PNG and SVG with its key, source and date, and the table's figures as CSV. */
export function MapExport({ cities, drawn, outlines, measure, containerRef }: MapExportProps) {
  const { t, lang } = useI18n('figure-map');
  const tExport = useI18n('export').t;
  const { myCity } = useMyCity();
  const { release } = cities;
  const year = release.dataThroughYear;
  const sizeTexts = useSizeKeyTexts(year);
  const title = mapTitle(measure, cities, t, lang);
  // Shaped again only when a file is asked for, the same way the map shapes them.
  const marks = () => mapMarks(cities.cities, geometryOf(drawn).projection, measure, myCity);
  const fileName = (ext: 'png' | 'svg' | 'csv') =>
    exportFileName([t('export.file.map'), t(`map.measure.${measure}`), year], ext, new Date());

  const figure = () => {
    const container = drawnIn(containerRef.current);
    const onScreen = container.querySelector('svg.map-svg');
    if (!onScreen) throw new NothingDrawnError();
    const geometry = geometryOf(drawn);
    const shaped = mapMarks(cities.cities, geometry.projection, measure, myCity);
    // Drawn again at the export's width, its names sized for it, not copied at the screen's.
    const fontSize = labelSizeAt(geometry.width, MAP_EXPORT_WIDTH);
    const map = <MapDrawing geometry={geometry} marks={shaped} fontSize={fontSize} sizeTexts={sizeTexts} />;
    const legend: LegendEntry[] = legendFor(measure, shaped).map((item) => ({
      label: `${legendLabel(item.meaning, measure, t, lang)} (${t('map.legend.count', { count: item.count })})`,
      symbol: { kind: 'shape', color: item.colour, path: shapePath(item.shape, 6), hollow: item.key === 'no-data' },
    }));
    const mine = shaped.find((mark) => mark.isMine);
    const rule = measureRule(measure, cities, t, lang);
    return composeFigureSvg({
      title,
      panels: [drawnPanel(onScreen, map, MAP_EXPORT_WIDTH, 'p0')],
      legend,
      footer: [
        rule,
        ...(mine ? [t('map.legend.myCity', { name: mine.name })] : []),
        sourceLine(release, tExport, lang),
        `${t('map.source.outlines')} ${outlines.title}.`,
        exportedLine(tExport, lang, new Date(), window.location.href),
      ],
      ...figureLook(container.querySelector<HTMLElement>('.map-figure') ?? container),
    });
  };

  return (
    <ExportMenu
      what={title}
      fileName={fileName}
      figure={figure}
      rows={() => mapRows(tableOrder(marks()), { t, release: release.label[lang] })}
    />
  );
}
