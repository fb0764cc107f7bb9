import { useQuery } from '@tanstack/react-query';
import type { CityDetailResponse } from '../../../../contract/cities.ts';
import type { EmissionsResponse } from '../../../../contract/emissions.ts';
import { useMembershipText } from '../../../components/membership.tsx';
import { programmeMembership } from '../../../lib/roster.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import { TrajectoryChart, TrajectoryKey, useCityTrajectory } from '../../../figures/trajectory/index.ts';
import { emissionQueries } from '../../../api/queries/emissions.ts';
import { SlideFrame, SourceLine, type FrameProps } from '../slide-frame.tsx';
import { ScaledPlot } from '../scaled-plot.tsx';
import { onDark } from '../theme.ts';
import { CityFigures } from './city-figures.tsx';
import { slideState } from './slide-states.tsx';

/** One city in the spotlight: its headline figures and ranks beside its trajectory, target and reference paths. */
export function CitySlide({ city, ...frame }: FrameProps & { city: string }) {
  const { t } = useI18n('present');
  const detailQuery = useQuery(cityQueries.detail(city));
  const emissionsQuery = useQuery(emissionQueries.series());
  const summary = detailQuery.data?.city;
  const membershipText = useMembershipText();
  const detail = detailQuery.data;
  const lede =
    summary &&
    detail &&
    [
      summary.lan.name,
      membershipText({
        city: summary,
        cohorts: detail.cohorts,
        partnerName: detail.partners.find((p) => p.id === programmeMembership(summary)?.partnerId)?.name,
      }),
    ].join(' · ');
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
  const { t } = useI18n('present');
  const figure = useCityTrajectory({ detail, emissions, paint: onDark });
  const { chart, line } = figure;
  return (
    <div className="slide-city">
      <div className="slide-city__side">
        <CityFigures detail={detail} />
        <p className="slide__note">{t('city.ranks.intro')}</p>
      </div>
      <div className="slide-chart">
        {figure.targetNotice && <p className="slide__note">{figure.targetNotice}</p>}
        <p className="slide-chart__unit">{figure.axisLabel}</p>
        <ScaledPlot label={t('present.city.chartLabel', figure.labelValues)}>
          {({ height }) => <TrajectoryChart {...figure.plot} chart={chart} highlighted={null} height={height} />}
        </ScaledPlot>
        {line && <TrajectoryKey line={line} entries={figure.keyEntries} />}
      </div>
    </div>
  );
}
