import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { QueryGate } from '../../components/query-gate.tsx';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { cityQueries } from '../../api/queries/cities.ts';
import {
  ChartLegend,
  buildCompareChart,
  parseCompareState,
  serializeCompareState,
  type CompareState,
  CompareTable,
  measureFormatters,
  unreportedStretches,
  SmallMultiples,
  TrajectoryChart,
  useSelectedEmissions,
} from '../../figures/trajectory/index.ts';
import { EmbedFrame, EmbedLanguage, EmbedSource } from './embed-frame.tsx';
import { quoted, useEmbedMessages } from './messages.ts';
import { unknownCities } from './unknown-cities.ts';
import { useAvailableHeight } from './use-available-height.ts';

/** `/embed/compare?…`: the compare chart alone, for other sites' iframes; the same URL state as /compare, plus `lang`. */
export function EmbedComparePage() {
  const [params] = useSearchParams();
  return (
    <EmbedLanguage lang={params.get('lang')}>
      <EmbedCompare params={params} />
    </EmbedLanguage>
  );
}

function EmbedCompare({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const citiesQuery = useQuery(cityQueries.list());
  const ids = useMemo(() => citiesQuery.data?.cities.map((c) => c.id) ?? [], [citiesQuery.data]);
  const { state } = useMemo(() => parseCompareState(params, ids), [params, ids]);
  const { query: emissionsQuery, shown } = useSelectedEmissions(state);
  const measureLabel =
    state.measure === 'indexed'
      ? t('compare.measure.indexedBase', { base: state.base })
      : t(`compare.measure.${state.measure}`);
  const title = t('export.compare.title', { measure: measureLabel, from: state.from, to: state.to });
  const fullView = `/compare?${serializeCompareState(state, ids).toString()}`;

  // Known only once the cities have loaded; until then nothing is drawn anyway.
  const unknown = citiesQuery.data ? unknownCities(params, ids) : [];
  const notes = emissionsQuery.data && unknown.length === 0 && (
    <p>
      {t('compare.gapNote', {
        gaps: unreportedStretches(emissionsQuery.data.release.years),
        latest: emissionsQuery.data.release.dataThroughYear,
      })}
    </p>
  );

  return (
    <EmbedFrame
      title={title}
      fullView={fullView}
      source={emissionsQuery.data && <EmbedSource release={emissionsQuery.data.release} />}
      notes={notes}
    >
      <QueryGate queries={[citiesQuery]}>
        {() =>
          unknown.length > 0 ? (
            <UnknownCities ids={unknown} />
          ) : state.cities.length === 0 ? (
            <EmptyState message={t('compare.noCities')} />
          ) : (
            <QueryGate queries={[emissionsQuery]}>
              {(emissionsData) => (
                <EmbedChart state={shown} emissions={emissionsData} allCityIds={ids} measureLabel={measureLabel} />
              )}
            </QueryGate>
          )
        }
      </QueryGate>
    </EmbedFrame>
  );
}

/** Said plainly in place of the chart: drawing another selection than the host page asked for would mislead its readers. */
function UnknownCities({ ids }: { ids: string[] }) {
  const m = useEmbedMessages();
  const { t, lang } = useI18n();
  return (
    <div className="embed__problem" role="alert">
      <h2>{m('unknownCityHeading')}</h2>
      <p>
        {m(ids.length === 1 ? 'unknownCityOne' : 'unknownCityMany', { ids: quoted(lang, ids), app: t('app.title') })}
      </p>
    </div>
  );
}

function EmbedChart({
  state,
  emissions,
  allCityIds,
  measureLabel,
}: {
  state: CompareState;
  emissions: EmissionsResponse;
  allCityIds: string[];
  measureLabel: string;
}) {
  const { t, lang } = useI18n();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [height, plot] = useAvailableHeight(360);
  const chart = useMemo(() => buildCompareChart(emissions, state, allCityIds), [emissions, state, allCityIds]);
  const format = useMemo(() => measureFormatters(state.measure, lang), [state.measure, lang]);
  if (state.cities.length === 0) return <EmptyState message={t('compare.noCities')} />;
  if (chart.extent === null) return <EmptyState message={t('compare.nothingPlotted')} />;
  const seriesLabel = (kind: 'measured' | 'target' | 'reference' | 'trend') => t(`compare.series.${kind}`);
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

  return (
    <section
      className="figure embed__figure"
      aria-label={label}
      data-measure={state.measure}
      data-cities={chart.lines.length}
    >
      {state.view === 'table' ? (
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
        <>
          <div ref={plot} className="embed__plot">
            <div role="img" aria-label={label} className="figure__plot">
              <TrajectoryChart {...shared} chart={chart} highlighted={highlighted} height={height} />
            </div>
          </div>
          <ChartLegend
            lines={chart.lines}
            label={t('compare.legend')}
            highlighted={highlighted}
            onHighlight={setHighlighted}
          />
        </>
      )}
    </section>
  );
}
