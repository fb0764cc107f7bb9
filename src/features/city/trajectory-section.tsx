import { useRef, useState } from 'react';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  CompareTable,
  TrajectoryChart,
  TrajectoryExport,
  TrajectoryKey,
  useCityTrajectory,
} from '../../figures/trajectory/index.ts';
import { MethodNote } from '../../components/method-note.tsx';

/** The city's reported emissions with trend, target path and reference path, as a chart and as a table. */
export function TrajectorySection({ detail, emissions }: { detail: CityDetailResponse; emissions: EmissionsResponse }) {
  const { t, lang } = useI18n('city');
  const { city, methods, release } = detail;
  const figure = useCityTrajectory({ detail, emissions });
  const { chart, line, gaps } = figure;
  const section = useRef<HTMLElement>(null);
  const [tableOpened, setTableOpened] = useState(false);

  return (
    <section ref={section} className="city-section" aria-labelledby="city-trajectory-heading">
      <h2 id="city-trajectory-heading">{t('city.trajectory.heading')}</h2>
      <div className="figure">
        {figure.targetNotice && <p className="notice notice--info">{figure.targetNotice}</p>}
        {figure.baseNotice && <p className="notice notice--info">{figure.baseNotice}</p>}
        <p className="figure__unit">{figure.axisLabel}</p>
        <div role="img" className="figure__plot" aria-label={t('city.trajectory.label', figure.labelValues)}>
          <TrajectoryChart {...figure.plot} chart={chart} highlighted={null} height={400} />
        </div>
        {line && <TrajectoryKey line={line} entries={figure.keyEntries} />}
        <p className="figure__note">
          {gaps && `${t('city.trajectory.note', { gaps, latest: release.dataThroughYear })} `}
          {t('source.emissions', { release: release.label[lang] })} {release.source.attribution[lang]}.
        </p>
        <TrajectoryExport
          cityId={city.id}
          cityName={city.name}
          release={release}
          note={gaps ? t('city.trajectory.note', { gaps, latest: release.dataThroughYear }) : ''}
          unit={figure.axisLabel}
          containerRef={section}
          chart={chart}
          from={figure.plot.from}
          to={figure.plot.to}
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
              seriesLabel={figure.seriesLabel}
              formatValue={figure.format.value}
            />
          )}
        </details>
      </div>
    </section>
  );
}
