import { useRef } from 'react';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { EmbedSnippet } from '../../components/share/embed-snippet.tsx';
import {
  CompareExport,
  TrajectoryView,
  serializeCompareState,
  useCompareFigure,
  type CompareState,
} from '../../figures/trajectory/index.ts';

interface CompareFigureProps {
  state: CompareState;
  emissions: EmissionsResponse;
  /** Every city id in display order: the lines, their colours and the legend follow it. */
  allCityIds: string[];
  /** The selection a URL without `cities=` means (the programme's members). */
  defaultCityIds: string[];
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
  defaultCityIds,
  highlighted,
  onHighlight,
  busy = false,
}: CompareFigureProps) {
  const { t, lang } = useI18n(['compare', 'figure-trajectory']);
  const figure = useCompareFigure({ emissions, state, allCityIds });
  const { chart, measureLabel, describe, label, gaps } = figure;
  const figureRef = useRef<HTMLElement>(null);

  if (state.cities.length === 0) return <EmptyState message={t('compare.noCities')} />;

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
      <OmissionNotes notes={chart.omissions.map(describe)} />
      {chart.extent === null ? (
        <EmptyState message={t('compare.nothingPlotted')} />
      ) : (
        <TrajectoryView
          figure={figure}
          state={state}
          variant="page"
          height={520}
          highlighted={highlighted}
          onHighlight={onHighlight}
        />
      )}
      <p className="figure__note">
        {t('figure-trajectory:compare.gapNote', { gaps, latest: emissions.release.dataThroughYear })}{' '}
        {t('source.emissions', { release: emissions.release.label[lang] })} {emissions.release.source.attribution[lang]}
        .
      </p>
      <div className="figure-tools">
        <CompareExport figure={figure} state={state} emissions={emissions} figureRef={figureRef} />
        <CompareEmbedSnippet state={state} defaultCityIds={defaultCityIds} measureLabel={measureLabel} />
      </div>
      {overlayMethods && <CompareMethods state={state} methods={emissions.methods} />}
    </section>
  );
}

/** How the drawn paths and the index are computed, under the figure. */
function CompareMethods({ state, methods }: { state: CompareState; methods: EmissionsResponse['methods'] }) {
  const { t, lang } = useI18n(['compare', 'figure-trajectory']);
  return (
    <details className="methods">
      <summary>{t('compare.methods')}</summary>
      {state.overlays.includes('trend') && <p>{methods.trend[lang]}</p>}
      {state.overlays.includes('target') && <p>{methods.targetPath[lang]}</p>}
      {state.overlays.includes('reference') && <p>{methods.referencePath[lang]}</p>}
      {state.measure === 'indexed' && <p>{methods.index[lang]}</p>}
    </details>
  );
}

/** The code to embed this view elsewhere, titled as its exports are. */
function CompareEmbedSnippet({
  state,
  defaultCityIds,
  measureLabel,
}: {
  state: CompareState;
  defaultCityIds: string[];
  measureLabel: string;
}) {
  const { t } = useI18n(['compare', 'figure-trajectory']);
  return (
    <EmbedSnippet
      path="/embed/compare"
      params={serializeCompareState(state, defaultCityIds)}
      title={t('embed.compare.frameTitle', {
        title: t('figure-trajectory:export.compare.title', { measure: measureLabel, from: state.from, to: state.to }),
      })}
    />
  );
}

/** What the chart leaves out and why (cities without data in the measure, and so on). */
function OmissionNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="notice notice--info">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
