import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { QueryGate } from '../../components/query-gate.tsx';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { municipalityQueries } from '../../api/queries/municipalities.ts';
import {
  TrajectoryView,
  parseCompareState,
  serializeCompareState,
  unreportedStretches,
  useCompareFigure,
  useSelectedEmissions,
  type CompareState,
} from '../../figures/trajectory/index.ts';
import { EmbedFrame, EmbedLanguage, EmbedSource } from './embed-frame.tsx';
import { quoted } from './quoted.ts';
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
  const { t } = useI18n(['embed', 'figure-trajectory']);
  const citiesQuery = useQuery(municipalityQueries.list());
  const ids = useMemo(() => citiesQuery.data?.municipalities.map((c) => c.id) ?? [], [citiesQuery.data]);
  const memberIds = useMemo(
    () => citiesQuery.data?.municipalities.filter((c) => c.inProgramme).map((c) => c.id) ?? [],
    [citiesQuery.data],
  );
  const { state } = useMemo(() => parseCompareState(params, ids, memberIds), [params, ids, memberIds]);
  const { query: emissionsQuery, shown } = useSelectedEmissions(state);
  const measureLabel =
    state.measure === 'indexed'
      ? t('figure-trajectory:compare.measure.indexedBase', { base: state.base })
      : t(`figure-trajectory:compare.measure.${state.measure}`);
  const title = t('figure-trajectory:export.compare.title', { measure: measureLabel, from: state.from, to: state.to });
  const fullView = `/compare?${serializeCompareState(state, memberIds).toString()}`;

  // Known only once the cities have loaded; until then nothing is drawn anyway.
  const unknown = citiesQuery.data ? unknownCities(params, ids) : [];
  const notes = emissionsQuery.data && unknown.length === 0 && (
    <p>
      {t('figure-trajectory:compare.gapNote', {
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
              {(emissionsData) => <EmbedChart state={shown} emissions={emissionsData} allCityIds={ids} />}
            </QueryGate>
          )
        }
      </QueryGate>
    </EmbedFrame>
  );
}

/** Said plainly in place of the chart: drawing another selection than the host page asked for would mislead its readers. */
function UnknownCities({ ids }: { ids: string[] }) {
  const { t, lang } = useI18n(['embed', 'figure-trajectory']);
  return (
    <div className="embed__problem" role="alert">
      <h2>{t('embed.unknownCityHeading')}</h2>
      <p>
        {t(ids.length === 1 ? 'embed.unknownCityOne' : 'embed.unknownCityMany', {
          ids: quoted(lang, ids),
          app: t('app.title'),
        })}
      </p>
    </div>
  );
}

function EmbedChart({
  state,
  emissions,
  allCityIds,
}: {
  state: CompareState;
  emissions: EmissionsResponse;
  allCityIds: string[];
}) {
  const { t } = useI18n(['embed', 'figure-trajectory']);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [height, plotRef] = useAvailableHeight(360);
  const figure = useCompareFigure({ emissions, state, allCityIds });
  const { chart, label } = figure;
  if (state.cities.length === 0) return <EmptyState message={t('compare.noCities')} />;
  if (chart.extent === null) return <EmptyState message={t('compare.nothingPlotted')} />;

  return (
    <section
      className="figure embed__figure"
      aria-label={label}
      data-measure={state.measure}
      data-cities={chart.lines.length}
    >
      <TrajectoryView
        figure={figure}
        state={state}
        variant="embed"
        height={height}
        plotRef={plotRef}
        highlighted={highlighted}
        onHighlight={setHighlighted}
      />
    </section>
  );
}
