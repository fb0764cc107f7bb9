import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CityDetailResponse } from '../../../../contract/cities.ts';
import type { EmissionsResponse } from '../../../../contract/emissions.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import {
  TrajectoryKey,
  buildCompareChart,
  DEFAULTS,
  type CompareState,
  measureFormatters,
  unreportedStretches,
  TrajectoryChart,
} from '../../../figures/trajectory/index.ts';
import { emissionQueries } from '../../../api/queries/emissions.ts';
import { SlideFrame, SourceLine, type FrameProps } from '../slide-frame.tsx';
import { ScaledPlot } from '../scaled-plot.tsx';
import { onDark } from '../theme.ts';
import { CityFigures } from './city-figures.tsx';
import { slideState } from './slide-states.tsx';

const FROM = 1990;
const TO = 2050;

/** One city in the spotlight: its headline figures and ranks beside its trajectory, target and reference paths. */
export function CitySlide({ city, ...frame }: FrameProps & { city: string }) {
  const { t } = useI18n();
  const detailQuery = useQuery(cityQueries.detail(city));
  const emissionsQuery = useQuery(emissionQueries.series());
  const summary = detailQuery.data?.city;
  const lede =
    summary && [summary.lan.name, summary.wave ? t(`city.wave.${summary.wave}`) : null].filter(Boolean).join(' · ');
  return (
    <SlideFrame
      {...frame}
      kind="city"
      kicker={lede}
      source={
        detailQuery.data && <SourceLine release={detailQuery.data.release} extra={t('present.source.population')} />
      }
    >
      {slideState([detailQuery, emissionsQuery]) ??
        (detailQuery.data && emissionsQuery.data && (
          <CitySlideBody detail={detailQuery.data} emissions={emissionsQuery.data} />
        ))}
    </SlideFrame>
  );
}

function CitySlideBody({ detail, emissions }: { detail: CityDetailResponse; emissions: EmissionsResponse }) {
  const { t, lang } = useI18n();
  const { city, release } = detail;
  const state = useMemo<CompareState>(
    () => ({
      ...DEFAULTS,
      cities: [city.id],
      measure: 'total',
      from: FROM,
      to: TO,
      overlays: ['target', 'reference', 'trend'],
    }),
    [city.id],
  );
  const chart = useMemo(() => {
    const shaped = buildCompareChart(emissions, state, [city.id]);
    return { ...shaped, lines: onDark(shaped.lines) };
  }, [emissions, state, city.id]);
  const format = useMemo(() => measureFormatters('total', lang), [lang]);
  const line = chart.lines[0];
  const drawn = (['trend', 'target', 'reference'] as const).filter((overlay) => line?.overlayKeys[overlay]);
  const gaps = unreportedStretches(release.years);
  return (
    <div className="slide-city">
      <div className="slide-city__side">
        <CityFigures detail={detail} />
        <p className="slide__note">{t('city.ranks.intro')}</p>
      </div>
      <div className="slide-chart">
        {city.assessment.targetStatus !== 'assessed' && (
          <p className="slide__note">
            {t(
              city.assessment.targetStatus === 'no-target'
                ? 'city.trajectory.noTarget'
                : 'city.trajectory.noNumericTarget',
            )}
          </p>
        )}
        <p className="slide-chart__unit">{t('city.trajectory.unit')}</p>
        <ScaledPlot
          label={t('present.city.chartLabel', {
            city: city.name,
            first: release.years[0] ?? FROM,
            latest: release.dataThroughYear,
            to: TO,
          })}
        >
          {({ height }) => (
            <TrajectoryChart
              chart={chart}
              from={FROM}
              to={TO}
              scale="linear"
              latestYear={release.dataThroughYear}
              highlighted={null}
              formatValue={format.value}
              formatTick={format.tick}
              seriesLabel={(kind) => (kind === 'measured' ? t('city.series.measured') : t(`city.key.${kind}`))}
              height={height}
            />
          )}
        </ScaledPlot>
        {line && (
          <TrajectoryKey color={line.color} entries={['measured', ...(gaps ? (['gap'] as const) : []), ...drawn]} />
        )}
      </div>
    </div>
  );
}
