import { useQuery } from '@tanstack/react-query';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { MyCityPicker } from '../../components/my-city-picker.tsx';
import { QueryGate } from '../../components/query-gate.tsx';
import { EmptyState } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cityQueries } from '../../api/queries/cities.ts';
import { CitiesTable } from './cities-table.tsx';
import { ProgrammeComparisonSection } from './programme-comparison.tsx';
import { programmeQueries } from '../../api/queries/programme.ts';
import { DataSourceNote } from '../../components/data-source-note.tsx';
import { HeadlineFigures } from '../../figures/headline/index.ts';
import './overview.css';

/** `/`: the programme's headline figures, the sortable table of cities, and the source. */
export function OverviewPage() {
  const { t } = useI18n('overview');
  useDocumentTitle(null, t('app.title'));
  const query = useQuery(cityQueries.list());
  const comparison = useQuery(programmeQueries.comparison());
  return (
    <article className="page">
      <header className="page__header">
        <h1>{t('overview.heading')}</h1>
        <p className="lede">{t('overview.intro')}</p>
      </header>
      <QueryGate queries={[query]}>
        {(data) =>
          data.cities.length === 0 ? (
            <EmptyState message={t('state.empty')} />
          ) : (
            <>
              <HydrateApart>
                <HeadlineFigures data={data} />
              </HydrateApart>
              <HydrateApart>
                <MyCityPicker cities={data.cities} />
              </HydrateApart>
              <HydrateApart>
                <CitiesTable data={data} />
              </HydrateApart>
              {comparison.data && (
                <HydrateApart>
                  <ProgrammeComparisonSection data={comparison.data} />
                </HydrateApart>
              )}
              <HydrateApart>
                <DataSourceNote data={data} />
              </HydrateApart>
            </>
          )
        }
      </QueryGate>
    </article>
  );
}
