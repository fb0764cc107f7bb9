import { useMemo, useRef } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import {
  MapLabelsLayer,
  MapLanLayer,
  MapSizeKey,
  shapePath,
  type MapMeasure,
  placeLabels,
  sizeKey,
  type MapGeometry,
  type MapMark,
} from '../../../figures/map/index.ts';
import { useBox } from '../use-box.ts';

/** City names on the slide's map, relative to the slide's text. */
const LABEL_EM = 0.8;

interface PresentMapProps {
  geometry: MapGeometry;
  /** In drawing order: largest first. */
  marks: MapMark[];
  measure: MapMeasure;
  year: number;
}

/**
 * The map page's geometry, marks and label placement drawn as large as the slide's height
 * allows, with names at 0.8 em of the slide's text. The page's MapFigure caps its names at a
 * size made for a desk (about 8 px on a 720p slide) and is interactive; from the back of a hall
 * the names must be read and nothing is hovered. The outline and label layers are the map's own.
 */
export function PresentMap({ geometry, marks, measure, year }: PresentMapProps) {
  const { t } = useI18n(['present', 'figure-map']);
  const ref = useRef<HTMLDivElement>(null);
  const box = useBox(ref, { width: 300, height: 600, fontPx: 20 });
  const { width, height } = geometry;
  const pixelsPerUnit = box.height / height;
  const fontSize = (box.fontPx * LABEL_EM) / pixelsPerUnit;
  const labels = useMemo(() => placeLabels(marks, width, height, fontSize), [marks, width, height, fontSize]);
  const sizes = useMemo(() => sizeKey(marks, fontSize * 0.9), [marks, fontSize]);
  return (
    <div ref={ref} className="slide-map__figure" style={{ width: Math.round(box.height * (width / height)) }}>
      <svg
        className="slide-map__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('figure-map:map.figureLabel', {
          count: marks.length,
          measure: t(`figure-map:map.measure.${measure}`),
        })}
        data-measure={measure}
      >
        <MapLanLayer geometry={geometry} />
        <MapSizeKey sizes={sizes} year={year} x={4} y={fontSize} fontSize={fontSize * 0.8} />
        <g className="slide-map__marks">
          {marks.map((mark) => (
            <path
              key={mark.id}
              className="map-mark__shape"
              data-city={mark.id}
              d={shapePath(mark.shape, mark.r)}
              transform={`translate(${mark.x.toFixed(1)},${mark.y.toFixed(1)})`}
              fill={mark.colour}
              fillOpacity={mark.key === 'no-data' ? 0 : 0.95}
            />
          ))}
        </g>
        <MapLabelsLayer labels={labels} fontSize={fontSize} />
      </svg>
    </div>
  );
}
