/**
 * The trajectory figure's body as the state asks for it: its table, small multiples, or one chart
 * with its legend. The page variant titles the chart with its unit and draws it at a fixed height;
 * the embed variant fills the height its frame measured (plotRef).
 */
import type { Ref } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { CompareTable } from './compare-table.tsx';
import type { CompareState } from './compare-state.ts';
import type { CompareFigureModel } from './figure-model.ts';
import { SmallMultiples } from './small-multiples.tsx';
import { TrajectoryChart } from './trajectory-chart.tsx';

interface TrajectoryViewProps {
  figure: CompareFigureModel;
  state: CompareState;
  variant: 'page' | 'embed';
  height: number;
  plotRef?: Ref<HTMLDivElement>;
  highlighted: string | null;
  onHighlight: (cityId: string | null) => void;
}

export function TrajectoryView({
  figure,
  state,
  variant,
  height,
  plotRef,
  highlighted,
  onHighlight,
}: TrajectoryViewProps) {
  const { t } = useI18n('figure-trajectory');
  const { chart, label, plot, measureLabel, axisLabel } = figure;
  if (state.view === 'table')
    return (
      <CompareTable
        chart={chart}
        caption={t('compare.tableCaption', { measure: measureLabel })}
        cityHeader={t('table.name')}
        seriesLabel={figure.seriesLabel}
        formatValue={figure.format.value}
      />
    );
  if (state.layout === 'multiples')
    return (
      <div role="img" aria-label={label}>
        <SmallMultiples {...plot} chart={chart} />
      </div>
    );
  const drawn = (
    <div role="img" aria-label={label} className="figure__plot">
      <TrajectoryChart {...plot} chart={chart} highlighted={highlighted} height={height} />
    </div>
  );
  const legend = (
    <ChartLegend lines={chart.lines} label={t('compare.legend')} highlighted={highlighted} onHighlight={onHighlight} />
  );
  if (variant === 'embed')
    return (
      <>
        <p className="figure__unit">{axisLabel}</p>
        <div ref={plotRef} className="embed__plot">
          {drawn}
        </div>
        {legend}
      </>
    );
  return (
    <div className="figure__chart">
      <p className="figure__unit">{axisLabel}</p>
      {drawn}
      {legend}
    </div>
  );
}
