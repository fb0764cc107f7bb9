/**
 * The trajectory figure's one core: from the state (which cities, measure, years, paths) and the
 * API's series to everything a surface draws (the shaped chart, formatters, labels, notes).
 * The compare page, its embed and its slide call useCompareFigure; the city page and the city
 * slide call useCityTrajectory. Each surface only frames what this returns.
 */
import { useMemo } from 'react';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { buildCompareChart, type CityLine, type CompareChart, type Omission } from './compare-series.ts';
import { DEFAULTS, type CompareState, type Overlay } from './compare-state.ts';
import { measureFormatters, unreportedStretches } from './measure-format.ts';
import { trajectoryDomain, type TrajectoryChartProps } from './trajectory-layout.ts';
import { tonnesMagnitude, type TonnesMagnitude } from '../../lib/tonnes-axis.ts';

/** Recolours the lines for a surface (the presenter's dark theme); keep it a stable function. */
export type Paint = (lines: CityLine[]) => CityLine[];

/** What every trajectory chart on a surface shares, besides its chart, highlight and height. */
export type PlotProps = Pick<
  TrajectoryChartProps,
  'from' | 'to' | 'scale' | 'latestYear' | 'formatValue' | 'formatTick' | 'seriesLabel'
>;

/** The props every chart of the figure shares: the state's years and scale, the release's latest year, the formatters. */
function plotOf(
  state: CompareState,
  latestYear: number,
  format: ReturnType<typeof measureFormatters>,
  seriesLabel: PlotProps['seriesLabel'],
): PlotProps {
  const { from, to, scale } = state;
  return { from, to, scale, latestYear, formatValue: format.value, formatTick: format.tick, seriesLabel };
}

/** The magnitude a chart of totals is labelled in, from the domain its axis is drawn over. */
function magnitudeOf(chart: CompareChart, scale: CompareState['scale']): TonnesMagnitude {
  return tonnesMagnitude(trajectoryDomain(chart.extent, scale), scale);
}

function useShapedChart(emissions: EmissionsResponse, state: CompareState, ids: readonly string[], paint?: Paint) {
  return useMemo((): CompareChart => {
    const shaped = buildCompareChart(emissions, state, [...ids]);
    return paint ? { ...shaped, lines: paint(shaped.lines) } : shaped;
  }, [emissions, state, ids, paint]);
}

/** The compare view's figure: several cities in one measure. */
export function useCompareFigure({
  emissions,
  state,
  allCityIds,
  paint,
}: {
  emissions: EmissionsResponse;
  state: CompareState;
  allCityIds: readonly string[];
  paint?: Paint;
}) {
  const { t, lang } = useI18n('figure-trajectory');
  const chart = useShapedChart(emissions, state, allCityIds, paint);
  const magnitude = state.measure === 'total' ? magnitudeOf(chart, state.scale) : 'tonnes';
  const format = useMemo(() => measureFormatters(state.measure, lang, magnitude), [state.measure, lang, magnitude]);
  const names = new Map(emissions.series.map((s) => [s.cityId, s.cityName]));
  const measureLabel =
    state.measure === 'indexed'
      ? t('compare.measure.indexedBase', { base: state.base })
      : t(`compare.measure.${state.measure}`);
  // Over the axis: the measure in the magnitude its ticks are written in.
  const axisLabel = state.measure === 'total' ? t(`axis.total.${magnitude}`) : measureLabel;
  const seriesLabel = (kind: 'measured' | Overlay) => t(`compare.series.${kind}`);
  const describe = (omission: Omission) =>
    'cityIds' in omission
      ? t(`compare.omission.${omission.kind}`, { cities: omission.cityIds.map((id) => names.get(id) ?? id).join(', ') })
      : t(`compare.omission.${omission.kind}`);
  const label = t('compare.chartLabel', {
    measure: measureLabel,
    count: chart.lines.length,
    from: state.from,
    to: state.to,
  });
  const plot = plotOf(state, emissions.release.dataThroughYear, format, seriesLabel);
  const gaps = unreportedStretches(emissions.release.years);
  return { chart, format, measureLabel, axisLabel, seriesLabel, describe, label, plot, gaps };
}

/** What a surface of the compare view draws from. */
export type CompareFigureModel = ReturnType<typeof useCompareFigure>;

const CITY_FROM = 1990;
const CITY_TO = 2050;

/** The compare view's state for one city: totals over the city figure's years with every path. */
function cityTrajectoryState(cityId: string): CompareState {
  return {
    ...DEFAULTS,
    cities: [cityId],
    measure: 'total',
    from: CITY_FROM,
    to: CITY_TO,
    overlays: ['target', 'reference', 'trend'],
  };
}

/** A city's own trajectory: totals 1990–2050 with its trend, target path and reference path. */
export function useCityTrajectory({
  detail,
  emissions,
  paint,
}: {
  detail: CityDetailResponse;
  emissions: EmissionsResponse;
  paint?: Paint;
}) {
  const { t, lang } = useI18n('figure-trajectory');
  const { city, release } = detail;
  const state = useMemo(() => cityTrajectoryState(city.id), [city.id]);
  const ids = useMemo(() => [city.id], [city.id]);
  const chart = useShapedChart(emissions, state, ids, paint);
  const magnitude = magnitudeOf(chart, state.scale);
  const format = useMemo(() => measureFormatters('total', lang, magnitude), [lang, magnitude]);
  const axisLabel = t(`axis.total.${magnitude}`);
  const seriesLabel = (kind: 'measured' | Overlay) =>
    kind === 'measured' ? t('city.series.measured') : t(`city.key.${kind}`);
  const line = chart.lines[0];
  const drawn = (['trend', 'target', 'reference'] as const).filter((overlay) => line?.overlayKeys[overlay]);
  const gaps = unreportedStretches(release.years);
  const keyEntries = ['measured', ...(gaps ? (['gap'] as const) : []), ...drawn] as const;
  const { targetStatus, target } = city.assessment;
  // Said above the chart: the city has no target or no numeric one; its target's base year is assumed.
  const targetNotice =
    targetStatus === 'assessed'
      ? null
      : t(targetStatus === 'no-target' ? 'city.trajectory.noTarget' : 'city.trajectory.noNumericTarget');
  const baseNotice =
    target && !target.baseYearStated ? t('city.trajectory.assumedBase', { year: target.baseYear }) : null;
  const labelValues = {
    city: city.name,
    first: release.years[0] ?? CITY_FROM,
    latest: release.dataThroughYear,
    to: CITY_TO,
  };
  const plot = plotOf(state, release.dataThroughYear, format, seriesLabel);
  return { chart, format, axisLabel, seriesLabel, line, keyEntries, gaps, targetNotice, baseNotice, labelValues, plot };
}
