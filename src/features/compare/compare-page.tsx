import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { QueryGate } from '../../components/query-gate.tsx';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { municipalityQueries } from '../../api/queries/municipalities.ts';
import { CityPicker } from './city-picker.tsx';
import { CompareControls } from './compare-controls.tsx';
import { CompareFigure } from './compare-figure.tsx';
import {
  parseCompareState,
  serializeCompareState,
  type CompareState,
  useSelectedEmissions,
} from '../../figures/trajectory/index.ts';
import { ReleaseNotice } from './release-notice.tsx';
import { StateProblems } from './state-problems.tsx';

interface PanelToggleProps {
  open: boolean;
  /** The prefix of the two folding panels' ids. */
  panelId: string;
  /** How many cities are chosen. */
  count: number;
  setOpen: (update: (open: boolean) => boolean) => void;
}

/** On a phone, the button that folds the picker and the controls away and out again. */
function PanelToggle({ open, panelId, count, setOpen }: PanelToggleProps) {
  const { t } = useI18n('compare');
  return (
    <button
      type="button"
      className="compare__toggle"
      aria-expanded={open}
      aria-controls={`${panelId}-cities ${panelId}-controls`}
      onClick={() => setOpen((was) => !was)}
    >
      <span>{t('compare.panel')}</span>{' '}
      <span className="compare__toggle-count">({t('compare.panelCount', { count })})</span>
      <span className="compare__toggle-icon" aria-hidden="true">
        {open ? '▴' : '▾'}
      </span>
    </button>
  );
}

/**
 * The chart state in the URL, read against the cities there are, and `update`, which writes a
 * change to it (keeping `?release=`, which is not part of the chart state).
 */
function useCompareParams(ids: string[], memberIds: string[]) {
  const [params, setParams] = useSearchParams();
  // `?release=<id>` shows another stored release (GET /api/v1/releases); it is not part of the chart state.
  const release = params.get('release') || undefined;
  const { state, problems } = useMemo(() => parseCompareState(params, ids, memberIds), [params, ids, memberIds]);
  const update = useCallback(
    (patch: Partial<CompareState>) => {
      const next = serializeCompareState({ ...state, ...patch }, memberIds);
      if (release) next.set('release', release);
      setParams(next, { replace: true });
    },
    [state, memberIds, release, setParams],
  );
  const showCurrent = () => setParams(serializeCompareState(state, memberIds), { replace: true });
  return { state, problems, release, update, showCurrent };
}

/** Every municipality, to find and compare any; the programme's members are the default selection. */
function useCompareCities() {
  const cities = useQuery(municipalityQueries.list());
  const ids = useMemo(() => cities.data?.municipalities.map((c) => c.id) ?? [], [cities.data]);
  const memberIds = useMemo(
    () => cities.data?.municipalities.filter((c) => c.inProgramme).map((c) => c.id) ?? [],
    [cities.data],
  );
  return { cities, ids, memberIds };
}

/** `/compare`: the cities' trajectories side by side; the whole state lives in the URL. */
export function ComparePage() {
  const { t } = useI18n('compare');
  useDocumentTitle(t('compare.heading'), t('app.title'));
  const { cities, ids, memberIds } = useCompareCities();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // On a phone the picker and the controls fold away under one button, so the chart is on the first screen; wider, both are always shown.
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const { state, problems, release, update, showCurrent } = useCompareParams(ids, memberIds);
  const { query: emissions, shown } = useSelectedEmissions(state, release);

  return (
    <article className="page">
      <header className="page__header">
        <h1>{t('compare.heading')}</h1>
        <p className="lede">{t('compare.intro')}</p>
      </header>
      <QueryGate queries={[cities]}>
        {(citiesData) => (
          <div className={panelOpen ? 'compare is-open' : 'compare'}>
            <PanelToggle open={panelOpen} panelId={panelId} count={state.cities.length} setOpen={setPanelOpen} />
            <aside className="compare__side compare__fold" id={`${panelId}-cities`}>
              <CityPicker
                cities={citiesData.municipalities}
                cohorts={citiesData.cohorts}
                selected={state.cities}
                onChange={(next) => update({ cities: next })}
              />
            </aside>
            <div className="compare__main">
              {release && emissions.data && <ReleaseNotice release={emissions.data.release} onCurrent={showCurrent} />}
              <StateProblems problems={problems} />
              <div className="compare__fold" id={`${panelId}-controls`}>
                <CompareControls state={state} onChange={update} />
              </div>
              {state.cities.length === 0 ? (
                <EmptyState message={t('compare.noCities')} />
              ) : (
                <QueryGate queries={[emissions]}>
                  {(emissionsData) => (
                    <CompareFigure
                      state={shown}
                      emissions={emissionsData}
                      allCityIds={ids}
                      defaultCityIds={memberIds}
                      highlighted={highlighted}
                      onHighlight={setHighlighted}
                      busy={emissions.isPlaceholderData}
                    />
                  )}
                </QueryGate>
              )}
            </div>
          </div>
        )}
      </QueryGate>
    </article>
  );
}
