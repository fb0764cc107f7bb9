import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { EmissionsResponse } from '../../../../contract/emissions.ts';
import type { IndexBaseYear } from '../../../../contract/assessment.ts';
import { EmptyState } from '../../../components/query-states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import {
  ChartLegend,
  DEFAULTS,
  TrajectoryChart,
  useCompareFigure,
  type CompareState,
  type Measure,
} from '../../../figures/trajectory/index.ts';
import { emissionQueries } from '../../../api/queries/emissions.ts';
import { SlideFrame, SourceLine, type FrameProps } from '../slide-frame.tsx';
import { ScaledPlot } from '../scaled-plot.tsx';
import { onDark } from '../theme.ts';
import { slideState } from './slide-states.tsx';

/** Legend entries in one column; more cities take a second, smaller column. */
const LEGEND_ROWS = 12;

interface CompareOptions {
  /** City ids; empty means every city. */
  cities: string[];
  measure: Measure;
  base: IndexBaseYear;
}

/** The compare view's chart and legend for the deck's cities and measure, in the presenter's colours. */
export function CompareSlide({ cities, measure, base, ...frame }: FrameProps & CompareOptions) {
  const listQuery = useQuery(cityQueries.list());
  const emissionsQuery = useQuery(emissionQueries.series());
  const allIds = useMemo(() => listQuery.data?.cities.map((c) => c.id) ?? [], [listQuery.data]);
  return (
    <SlideFrame
      {...frame}
      kind="compare"
      source={emissionsQuery.data && <SourceLine release={emissionsQuery.data.release} />}
    >
      {slideState([listQuery, emissionsQuery]) ??
        (emissionsQuery.data && (
          <CompareSlideBody
            emissions={emissionsQuery.data}
            allIds={allIds}
            cities={cities}
            measure={measure}
            base={base}
          />
        ))}
    </SlideFrame>
  );
}

function CompareSlideBody({
  emissions,
  allIds,
  cities,
  measure,
  base,
}: CompareOptions & { emissions: EmissionsResponse; allIds: string[] }) {
  const { t } = useI18n(['present', 'figure-trajectory']);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const state = useMemo<CompareState>(() => {
    const known = cities.filter((id) => allIds.includes(id));
    return { ...DEFAULTS, cities: cities.length === 0 ? allIds : known, measure, base };
  }, [cities, allIds, measure, base]);
  const { chart, axisLabel, describe, label, plot, gaps } = useCompareFigure({
    emissions,
    state,
    allCityIds: allIds,
    paint: onDark,
  });

  if (state.cities.length === 0) return <EmptyState message={t('compare.noCities')} />;
  if (chart.extent === null) return <EmptyState message={t('compare.nothingPlotted')} />;
  return (
    <div
      className={chart.lines.length > LEGEND_ROWS ? 'slide-chart slide-chart--many' : 'slide-chart'}
      data-measure={measure}
      data-cities={chart.lines.length}
    >
      {chart.omissions.length > 0 && <p className="slide__note">{chart.omissions.map(describe).join(' ')}</p>}
      <p className="slide-chart__unit">{axisLabel}</p>
      <div className="slide-chart__main">
        <ScaledPlot label={label}>
          {({ height }) => <TrajectoryChart {...plot} chart={chart} highlighted={highlighted} height={height} />}
        </ScaledPlot>
        <ChartLegend
          lines={chart.lines}
          label={t('figure-trajectory:compare.legend')}
          highlighted={highlighted}
          onHighlight={setHighlighted}
        />
      </div>
      <p className="slide-chart__note">
        {t('present.chart.note', { gaps, latest: emissions.release.dataThroughYear })}
      </p>
    </div>
  );
}
