import { useMemo, useRef } from 'react';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { EmbedSnippet } from '../../components/share/embed-snippet.tsx';
import {
  CompareExport,
  ChartLegend,
  buildCompareChart,
  type Omission,
  serializeCompareState,
  type CompareState,
  CompareTable,
  measureFormatters,
  unreportedStretches,
  SmallMultiples,
  TrajectoryChart,
} from '../../figures/trajectory/index.ts';

interface CompareFigureProps {
  state: CompareState;
  emissions: EmissionsResponse;
  allCityIds: string[];
  highlighted: string | null;
  onHighlight: (cityId: string | null) => void;
  /** A new selection's series are on their way: the cities already here are drawn meanwhile. */
  busy?: boolean;
}

/** The chart (one or small multiples) or its table, with notes on what is and is not drawn. */
export function CompareFigure({
  state,
  emissions,
  allCityIds,
  highlighted,
  onHighlight,
  busy = false,
}: CompareFigureProps) {
  const { t, lang } = useI18n();
  const chart = useMemo(() => buildCompareChart(emissions, state, allCityIds), [emissions, state, allCityIds]);
  const format = useMemo(() => measureFormatters(state.measure, lang), [state.measure, lang]);
  const figureRef = useRef<HTMLElement>(null);
  const names = new Map(emissions.series.map((s) => [s.cityId, s.cityName]));
  const seriesLabel = (kind: 'measured' | 'target' | 'reference' | 'trend') => t(`compare.series.${kind}`);
  const measureLabel =
    state.measure === 'indexed'
      ? t('compare.measure.indexedBase', { base: state.base })
      : t(`compare.measure.${state.measure}`);
  const describe = (omission: Omission) =>
    t(
      `compare.omission.${omission.kind}`,
      'cityIds' in omission ? { cities: omission.cityIds.map((id) => names.get(id) ?? id).join(', ') } : {},
    );

  if (state.cities.length === 0) return <EmptyState message={t('compare.noCities')} />;

  const label = t('compare.chartLabel', {
    measure: measureLabel,
    count: chart.lines.length,
    from: state.from,
    to: state.to,
  });
  const shared = {
    from: state.from,
    to: state.to,
    scale: state.scale,
    latestYear: emissions.release.dataThroughYear,
    formatValue: format.value,
    formatTick: format.tick,
    seriesLabel,
  };
  const overlayMethods = state.overlays.length > 0 && state.measure !== 'per-capita';

  return (
    <section
      ref={figureRef}
      className="figure"
      aria-label={label}
      aria-busy={busy || undefined}
      data-measure={state.measure}
      data-cities={chart.lines.length}
      data-layout={state.layout}
      data-view={state.view}
    >
      {chart.omissions.length > 0 && (
        <ul className="notice notice--info">
          {chart.omissions.map((o) => (
            <li key={o.kind}>{describe(o)}</li>
          ))}
        </ul>
      )}
      {chart.extent === null ? (
        <EmptyState message={t('compare.nothingPlotted')} />
      ) : state.view === 'table' ? (
        <CompareTable
          chart={chart}
          caption={t('compare.tableCaption', { measure: measureLabel })}
          cityHeader={t('table.name')}
          seriesLabel={seriesLabel}
          formatValue={format.value}
        />
      ) : state.layout === 'multiples' ? (
        <div role="img" aria-label={label}>
          <SmallMultiples {...shared} chart={chart} />
        </div>
      ) : (
        <div className="figure__chart">
          <p className="figure__unit">{measureLabel}</p>
          <div role="img" aria-label={label} className="figure__plot">
            <TrajectoryChart {...shared} chart={chart} highlighted={highlighted} height={520} />
          </div>
          <ChartLegend
            lines={chart.lines}
            label={t('compare.legend')}
            highlighted={highlighted}
            onHighlight={onHighlight}
          />
        </div>
      )}
      <p className="figure__note">
        {t('compare.gapNote', {
          gaps: unreportedStretches(emissions.release.years),
          latest: emissions.release.dataThroughYear,
        })}{' '}
        {t('source.emissions', { release: emissions.release.label[lang] })} {emissions.release.source.attribution}.
      </p>
      <div className="figure-tools">
        <CompareExport
          chart={chart}
          state={state}
          emissions={emissions}
          measureLabel={measureLabel}
          figureRef={figureRef}
          notes={chart.omissions.map(describe)}
        />
        <EmbedSnippet
          path="/embed/compare"
          params={serializeCompareState(state, allCityIds)}
          title={t('embed.compare.frameTitle', {
            title: t('export.compare.title', { measure: measureLabel, from: state.from, to: state.to }),
          })}
        />
      </div>
      {overlayMethods && (
        <details className="methods">
          <summary>{t('compare.methods')}</summary>
          {state.overlays.includes('trend') && <p>{emissions.methods.trend[lang]}</p>}
          {state.overlays.includes('target') && <p>{emissions.methods.targetPath[lang]}</p>}
          {state.overlays.includes('reference') && <p>{emissions.methods.referencePath[lang]}</p>}
          {state.measure === 'indexed' && <p>{emissions.methods.index[lang]}</p>}
        </details>
      )}
    </section>
  );
}
