import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { QueryGate } from '../../components/query-gate.tsx';
import { formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cityQueries } from '../../api/queries/cities.ts';
import { parseAsOf } from './as-of.ts';
import { AsOfControl } from './as-of-control.tsx';
import { contractQueries } from '../../api/queries/contracts.ts';
import { StatusTable } from './status-table.tsx';
import { ContractTimeline } from './contract-timeline.tsx';

/** `/contracts?asOf=YYYY-MM-DD`: every yearly version and its signers, and the state on any day. */
export function ContractsPage() {
  const { t, lang } = useI18n('contracts');
  useDocumentTitle(t('contracts.heading'), t('app.title'));
  const [params, setParams] = useSearchParams();
  const { asOf, invalid } = parseAsOf(params.get('asOf'));
  const contracts = useQuery(contractQueries.list(asOf ?? undefined));
  const cities = useQuery(cityQueries.list(asOf ?? undefined));
  const setAsOf = (day: string | null) => setParams(day ? { asOf: day } : {}, { replace: true });

  return (
    <article className="page">
      <header className="page__header">
        <h1>{t('contracts.heading')}</h1>
        <p className="lede">{t('contracts.intro')}</p>
      </header>
      {invalid !== null && (
        <p className="notice" role="status">
          {t('contracts.badDate', { value: invalid })}
        </p>
      )}
      <AsOfControl value={contracts.data?.asOf ?? asOf ?? ''} onChange={setAsOf} />
      <QueryGate queries={[contracts, cities]}>
        {(contractsData, citiesData) => (
          <>
            <section className="contracts__summary" aria-live="polite">
              <p className="contracts__headline">
                {t('contracts.summary', {
                  date: formatDay(contractsData.asOf, lang),
                  signed: citiesData.summary.signedCount,
                  total: citiesData.summary.cityCount,
                })}
              </p>
              <p className="muted">
                {t('contracts.summaryDetail', {
                  letters: citiesData.summary.letterOfIntentCount,
                  joined: citiesData.cities.filter((c) => c.contract.status === 'joined').length,
                })}
              </p>
            </section>
            <div className="contracts__grid">
              <ContractTimeline contracts={contractsData} cities={citiesData.cities} />
              <StatusTable cities={citiesData.cities} cohorts={citiesData.cohorts} asOf={contractsData.asOf} />
            </div>
          </>
        )}
      </QueryGate>
    </article>
  );
}
