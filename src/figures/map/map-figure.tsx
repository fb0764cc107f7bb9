import { useCallback, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { MapLabelsLayer, MapLanLayer } from './map-layers.tsx';
import { MapMark } from './map-mark.tsx';
import { MapSizeKey } from './map-size-key.tsx';
import type { MapMeasure } from './map-scales.ts';
import { placeLabels, sizeKey, type MapGeometry, type MapMark as Mark } from './map-series.ts';
import { MapTooltip } from './map-tooltip.tsx';
import { useLabelSize } from './use-label-size.ts';

interface MapFigureProps {
  geometry: MapGeometry;
  /** In drawing order: largest first. */
  marks: Mark[];
  measure: MapMeasure;
  year: number;
}

/** The län outlines, the marks and their names; one tooltip at a time, for hover or focus. */
export function MapFigure({ geometry, marks, measure, year }: MapFigureProps) {
  const { t } = useI18n('figure-map');
  const [active, setActive] = useState<string | null>(null);
  const hide = useCallback((id: string) => setActive((current) => (current === id ? null : current)), []);
  const activeMark = marks.find((m) => m.id === active);
  const { width, height } = geometry;
  const svg = useRef<SVGSVGElement>(null);
  const fontSize = useLabelSize(svg, width);
  const labels = useMemo(() => placeLabels(marks, width, height, fontSize), [marks, width, height, fontSize]);
  const sizes = useMemo(() => sizeKey(marks, fontSize * 0.9), [marks, fontSize]);
  return (
    <figure className="map-figure">
      <div className="map-figure__canvas">
        <svg
          ref={svg}
          className="map-svg"
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={t('map.figureLabel', { count: marks.length, measure: t(`map.measure.${measure}`) })}
          data-measure={measure}
        >
          <MapLanLayer geometry={geometry} />
          <MapSizeKey sizes={sizes} year={year} x={8} y={16} fontSize={fontSize} />
          <g className="map-marks">
            {marks.map((mark) => (
              <MapMark key={mark.id} mark={mark} measure={measure} onShow={setActive} onHide={hide} />
            ))}
          </g>
          <MapLabelsLayer labels={labels} fontSize={fontSize} />
        </svg>
        {activeMark && <MapTooltip mark={activeMark} width={width} height={height} />}
      </div>
      <figcaption className="map-figure__note">{t('map.labelsNote')}</figcaption>
    </figure>
  );
}
