/** The series, drawn inside a recharts chart on the chart's own scales and plot area. */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { Scale } from '../../lib/chart-geometry.ts';
import { SeriesPaths, type SeriesPathsProps } from './series-paths.tsx';

export function SeriesLayer(props: SeriesPathsProps) {
  const x = useXAxisScale() as Scale | undefined;
  const y = useYAxisScale() as Scale | undefined;
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  return <SeriesPaths {...props} x={x} y={y} area={area} />;
}
