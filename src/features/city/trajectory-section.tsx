import { useMemo, useRef, useState } from 'react';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  buildCompareChart,
  type CompareState,
  type Overlay,
  CompareTable,
  measureFormatters,
  unreportedStretches,
  TrajectoryChart,
  TrajectoryExport,
  TrajectoryKey,
} from '../../figures/trajectory/index.ts';
import { MethodNote } from '../../components/method-note.tsx';

const FROM = 1990;
const TO = 2050;

/** The compare view's state for one city: totals 1990–2050 with every path. */
function singleCityState(cityId: string): CompareState {
  return {
    cities: [cityId],
    measure: 'total',
    base: 2015,
    from: FROM,
    to: TO,
    scale: 'linear',
    overlays: ['target', 'reference', 'trend'],
    layout: 'lines',
    view: 'chart',
  };
}

/** The city's reported emissions with trend, target path and reference path, as a chart and as a table. */
export function TrajectorySection({ detail, emissions }: { detail: CityDetailResponse; emissions: EmissionsResponse }) {
  const { t, lang } = useI18n();
  const { city, methods, release } = detail;
  const state = useMemo(() => singleCityState(city.id), [city.id]);
  const chart = useMemo(() => buildCompareChart(emissions, state, [city.id]), [emissions, state, city.id]);
  const format = useMemo(() => measureFormatters('total', lang), [lang]);
  const seriesLabel = (kind: 'measured' | Overlay) =>
    kind === 'measured' ? t('city.series.measured') : t(`city.key.${kind}`);
  const line = chart.lines[0];
  const drawn = (['trend', 'target', 'reference'] as const).filter((overlay) => line?.overlayKeys[overlay]);
  const gaps = unreportedStretches(release.years);
  const { targetStatus, target } = city.assessment;
  const section = useRef<HTMLElement>(null);
  const [tableOpened, setTableOpened] = useState(false);

  return (
    <section ref={section} className="city-section" aria-labelledby="city-trajectory-heading">
      <h2 id="city-trajectory-heading">{t('city.trajectory.heading')}</h2>
      <div className="figure">
        {targetStatus !== 'assessed' && (
          <p className="notice notice--info">
            {t(targetStatus === 'no-target' ? 'city.trajectory.noTarget' : 'city.trajectory.noNumericTarget')}
          </p>
        )}
        {target && !target.baseYearStated && (
          <p className="notice notice--info">{t('city.trajectory.assumedBase', { year: target.baseYear })}</p>
        )}
        <p className="figure__unit">{t('city.trajectory.unit')}</p>
        <div
          role="img"
          className="figure__plot"
          aria-label={t('city.trajectory.label', {
            city: city.name,
            first: release.years[0] ?? FROM,
            latest: release.dataThroughYear,
            to: TO,
          })}
        >
          <TrajectoryChart
            chart={chart}
            from={FROM}
            to={TO}
            scale="linear"
            latestYear={release.dataThroughYear}
            highlighted={null}
            formatValue={format.value}
            formatTick={format.tick}
            seriesLabel={seriesLabel}
            height={400}
          />
        </div>
        {line && (
          <TrajectoryKey color={line.color} entries={['measured', ...(gaps ? (['gap'] as const) : []), ...drawn]} />
        )}
        <p className="figure__note">
          {gaps && `${t('city.trajectory.note', { gaps, latest: release.dataThroughYear })} `}
          {t('source.emissions', { release: release.label[lang] })} {release.source.attribution}.
        </p>
        <TrajectoryExport
          cityId={city.id}
          cityName={city.name}
          release={release}
          note={gaps ? t('city.trajectory.note', { gaps, latest: release.dataThroughYear }) : ''}
          containerRef={section}
          chart={chart}
          from={FROM}
          to={TO}
        />
        <MethodNote
          texts={[methods.trend[lang], methods.targetPath[lang], methods.referencePath[lang]]}
          about={t('city.trajectory.heading')}
        />
        {/* The table (a column per year to 2050) is built when first opened, not with the page. */}
        <details className="city-table-toggle" onToggle={(event) => event.currentTarget.open && setTableOpened(true)}>
          <summary>{t('city.trajectory.table')}</summary>
          {tableOpened && (
            <CompareTable
              chart={chart}
              caption={t('city.trajectory.tableCaption', { city: city.name })}
              cityHeader={t('table.name')}
              seriesLabel={seriesLabel}
              formatValue={format.value}
            />
          )}
        </details>
      </div>
    </section>
  );
}
