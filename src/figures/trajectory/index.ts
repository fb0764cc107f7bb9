/**
 * The trajectory figure: cities' emissions over the years with their targets' paths, as a page
 * figure, a slide, an embed or an export. Pure state and series shaping (compare-state.ts,
 * compare-series.ts), the chart (trajectory-chart.tsx, small-multiples.tsx), its table
 * (compare-table.tsx) and its downloads (compare-export.tsx, trajectory-export.tsx). Everything
 * outside the figure imports it from here.
 */
export {
  DEFAULTS,
  FIRST_YEAR,
  LAST_YEAR,
  LAYOUTS,
  MEASURES,
  OVERLAYS,
  SCALES,
  VIEWS,
  parseCompareState,
  serializeCompareState,
  type CompareState,
  type Measure,
  type Overlay,
  type StateProblem,
} from './compare-state.ts';
export { buildCompareChart, type CityLine, type Omission } from './compare-series.ts';
export { measureFormatters, unreportedStretches } from './measure-format.ts';
export { DARK_PALETTE, PALETTE, seriesPaint } from './palette.ts';
export { selectedEmissions, useSelectedEmissions } from './selected-emissions.ts';
export { TrajectoryChart } from './trajectory-chart.tsx';
export { SmallMultiples } from './small-multiples.tsx';
export { ChartLegend } from './chart-legend.tsx';
export { CompareTable } from './compare-table.tsx';
export { TrajectoryKey } from './trajectory-key.tsx';
export { OnTrackItem } from './on-track.tsx';
export { CompareExport } from './compare-export.tsx';
export { TrajectoryExport } from './trajectory-export.tsx';
export {
  useCityTrajectory,
  useCompareFigure,
  type CompareFigureModel,
  type Paint,
  type PlotProps,
} from './figure-model.ts';
export { TrajectoryView } from './trajectory-view.tsx';
