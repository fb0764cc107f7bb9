/**
 * The trajectory chart: one line per city on a numeric year axis. Reported years are
 * solid with markers; unreported stretches are dashed; paths are thin and patterned;
 * the years after the latest report are shaded when a path or trend is drawn into them. It is drawn as plain SVG first (on the
 * server too), and becomes the recharts chart, with its tooltip, when a reader points at it;
 * both take their layout from trajectoryLayout, so the swap moves nothing.
 */
import { projectionShadeFrom, trajectoryLayout, type TrajectoryChartProps } from './trajectory-layout.ts';
import { lazy, memo } from 'react';
import { SeriesPaths } from './series-paths.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { DrawnAxes } from '../../components/chart-drawing.tsx';

export { niceCeil } from '../../lib/chart-geometry.ts';

const LiveTrajectory = lazy(() => import('./trajectory-chart-live.tsx'));

export const TrajectoryChart = memo(function TrajectoryChart(props: TrajectoryChartProps) {
  const { chart, from, to, latestYear, highlighted, formatTick, height, compact = false } = props;
  const shadeFrom = projectionShadeFrom(chart, latestYear, from, to);
  return (
    <ChartFrame
      height={height}
      drawing={(width) => {
        const layout = trajectoryLayout(props, width);
        return (
          <>
            <DrawnAxes axes={layout} formatY={formatTick} fontSize={layout.fontSize} />
            <SeriesPaths
              lines={chart.lines}
              highlighted={highlighted}
              compact={compact}
              shadeFrom={shadeFrom}
              endLabelSize={layout.endLabels ? layout.fontSize : 0}
              x={layout.x}
              y={layout.y}
              area={layout.area}
            />
          </>
        );
      }}
      live={compact ? undefined : (width) => <LiveTrajectory {...props} width={width} />}
    />
  );
});
