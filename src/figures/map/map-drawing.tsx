import { MapLabelsLayer, MapLanLayer } from './map-layers.tsx';
import { MarkShape } from './map-mark.tsx';
import { placeLabels, sizeKey, type MapGeometry, type MapMark } from './map-series.ts';
import { SizeKeyDrawing, type SizeKeyTexts } from './map-size-key.tsx';

interface MapDrawingProps {
  geometry: MapGeometry;
  /** In drawing order: largest first. */
  marks: MapMark[];
  /** The names' size in map units (labelSizeAt the width it is drawn at). */
  fontSize: number;
  sizeTexts: SizeKeyTexts;
}

/**
 * The map as a picture: the layers of MapFigure without its links, tooltip or measuring, at a
 * label size it is given. Props only, no context: a download draws it in a root of its own, at
 * the export's width (map-export.tsx).
 */
export function MapDrawing({ geometry, marks, fontSize, sizeTexts }: MapDrawingProps) {
  const { width, height } = geometry;
  return (
    <svg className="map-svg" viewBox={`0 0 ${width} ${height}`}>
      <MapLanLayer geometry={geometry} />
      <SizeKeyDrawing sizes={sizeKey(marks, fontSize * 0.9)} x={8} y={16} fontSize={fontSize} {...sizeTexts} />
      <g className="map-marks">
        {marks.map((mark) => (
          <MarkShape key={mark.id} mark={mark} />
        ))}
      </g>
      <MapLabelsLayer labels={placeLabels(marks, width, height, fontSize)} fontSize={fontSize} />
    </svg>
  );
}
