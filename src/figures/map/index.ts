/**
 * The map figure: the cities on Sweden's counties, sized and coloured by a measure, as a page
 * figure (map-view.tsx), an embed or slide (map-figure.tsx, map-layers.tsx), its table and its
 * downloads. Its styles load with it. Everything outside the figure imports it from here.
 */
import './map.css';

export { MAP_MEASURES, legendFor, parseMapMeasure, shapePath, type MapMeasure } from './map-scales.ts';
export {
  geometryOf,
  mapMarks,
  placeLabels,
  sizeKey,
  type DrawnMap,
  type MapGeometry,
  type MapMark,
} from './map-series.ts';
export { placeEveryLabel, type Box, type LeaderLabel } from './label-placement.ts';
export { parseMapState, serializeMapState } from './map-state.ts';
export { drawnMapQuery, type DrawnLan } from './drawn-query.ts';
export { mapTitle } from './map-title.ts';
export { MapView } from './map-view.tsx';
export { MapFigure } from './map-figure.tsx';
export { MapLabelsLayer, MapLanLayer } from './map-layers.tsx';
export { MapLegend } from './map-legend.tsx';
export { useMapMarks } from './use-map-marks.ts';
export { MapSizeKey } from './map-size-key.tsx';
export { MapSourceNote } from './map-source-note.tsx';
export { MapExport } from './map-export.tsx';
