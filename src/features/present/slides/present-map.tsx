import { useMemo, useRef } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import {
  MapLabelsLayer,
  MapLanLayer,
  MapSizeKey,
  shapePath,
  type MapMeasure,
  placeEveryLabel,
  sizeKey,
  type Box,
  type MapGeometry,
  type MapMark,
} from '../../../figures/map/index.ts';
import { useBox, type Box as ElementBox } from '../use-box.ts';
import { useTextWidth, type MeasureText } from '../use-text-width.ts';

/** The box until it is measured: one object, so that a measured box is told apart from it. */
const UNMEASURED: ElementBox = { width: 900, height: 600, fontPx: 20 };
/** City names on the slide's map, relative to the slide's text: 25 px at 1920×1080. */
const LABEL_EM = 0.8;
/** The size key's title, relative to the names; its amounts come out at the names' size (MapSizeKey sets them at 0.9). */
const KEY_SCALE = 1 / 0.9;

interface PresentMapProps {
  geometry: MapGeometry;
  /** In drawing order: largest first. */
  marks: MapMark[];
  measure: MapMeasure;
  year: number;
}

/**
 * What the slide's box shows, in map units: the country as tall as the box, and the room either
 * side of it, where names that do not fit beside their marks go and the size key sits.
 */
function slideView(box: ElementBox, geometry: MapGeometry) {
  const scale = Math.min(box.height / geometry.height, box.width / geometry.width);
  const width = box.width / scale;
  const height = box.height / scale;
  return { scale, width, height, x0: (geometry.width - width) / 2, y0: (geometry.height - height) / 2 };
}

/** The room the size key takes (MapSizeKey's layout): the two title lines, the circles and the amounts under them. */
function sizeKeyBox(sizes: ReturnType<typeof sizeKey>, at: { x: number; y: number }, font: number, title: number): Box {
  const largest = sizes[sizes.length - 1]?.r ?? 0;
  const last = sizes[sizes.length - 1];
  const circles = last ? last.x + Math.max(last.r, font * 2) : 0;
  return {
    x0: at.x,
    y0: at.y - font,
    x1: at.x + Math.max(title, circles),
    y1: at.y + font * 2.2 + 2 * largest + font * 2.5,
  };
}

/** The view, the size key and every city's name, placed again when the slide's box or its font changes. */
function useSlideLayout(
  { geometry, marks, year }: Omit<PresentMapProps, 'measure'>,
  box: ElementBox,
  measure: MeasureText | null,
) {
  const { t } = useI18n('figure-map');
  const titleKey = [t('map.legend.size', { year }), t('map.legend.sizeUnit')].join('\n');
  return useMemo(() => {
    const view = slideView(box, geometry);
    const fontSize = (box.fontPx * LABEL_EM) / view.scale;
    const widthAt = (text: string, font: number) =>
      measure ? measure(text, font * view.scale) / view.scale : text.length * 0.66 * font;
    const keyFont = fontSize * KEY_SCALE;
    const keyAt = { x: view.x0 + fontSize * 0.4, y: view.y0 + keyFont * 1.1 };
    const sizes = sizeKey(marks, fontSize);
    const title = Math.max(...titleKey.split('\n').map((line) => widthAt(line, keyFont)));
    const margin = fontSize * 0.2;
    const labels = placeEveryLabel(marks, {
      fontSize,
      bounds: {
        x0: view.x0 + margin,
        y0: view.y0 + margin,
        x1: view.x0 + view.width - margin,
        y1: view.y0 + view.height - margin,
      },
      textWidth: (text) => widthAt(text, fontSize),
      obstacles: [sizeKeyBox(sizes, keyAt, keyFont, title)],
    });
    return { view, fontSize, keyFont, keyAt, sizes, labels };
  }, [geometry, marks, box, measure, titleKey]);
}

/**
 * The map page's geometry and marks drawn as tall as the slide and as wide as its column, with
 * every city named at 0.8 em of the slide's text: beside its mark where there is room, otherwise
 * moved out, into the room beside the country, with a leader line. The page's MapFigure names
 * only the cities that fit, at a size made for a desk, and is interactive; from the back of a
 * hall every name must be read and nothing is hovered. The outline and label layers are the map's own.
 */
export function PresentMap({ geometry, marks, measure, year }: PresentMapProps) {
  const { t } = useI18n(['present', 'figure-map']);
  const ref = useRef<HTMLDivElement>(null);
  const names = useRef<SVGGElement>(null);
  const box = useBox(ref, UNMEASURED);
  const measureText = useTextWidth(names);
  const { view, fontSize, keyFont, keyAt, sizes, labels } = useSlideLayout({ geometry, marks, year }, box, measureText);
  const viewBox = [view.x0, view.y0, view.width, view.height].map((n) => n.toFixed(2)).join(' ');
  return (
    <div ref={ref} className="slide-map__figure">
      <svg
        className="slide-map__svg"
        viewBox={viewBox}
        role="img"
        aria-label={t('figure-map:map.figureLabel', {
          count: marks.length,
          measure: t(`figure-map:map.measure.${measure}`),
        })}
        data-measure={measure}
        // Laid out for the slide as drawn, its names measured: what a test or a screenshot waits for.
        data-measured={box !== UNMEASURED && measureText !== null ? '' : undefined}
      >
        <MapLanLayer geometry={geometry} />
        <MapSizeKey sizes={sizes} year={year} x={keyAt.x} y={keyAt.y} fontSize={keyFont} />
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
        <g ref={names} className="slide-map__names">
          <MapLabelsLayer labels={labels} fontSize={fontSize} />
        </g>
      </svg>
    </div>
  );
}
