import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import { ApiError } from '../../api/client.ts';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { ErrorState, Loading } from '../../components/query-states.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { programmeMembership } from '../../lib/roster.ts';
import { useMembershipText } from '../../components/membership.tsx';
import { cityQueries } from '../../api/queries/cities.ts';
import { emissionQueries } from '../../api/queries/emissions.ts';
import { CityCharts } from './city-charts.tsx';
import { CityHeadline } from './city-headline.tsx';
import { CityNotFound } from './city-not-found.tsx';
import { CityRanks } from './city-ranks.tsx';
import { ContractHistory } from './contract-history.tsx';
import { DataNotes } from './data-notes.tsx';
import { sectorQueries } from '../../api/queries/city.ts';
import { SectionIndex } from './section-index.tsx';
import { TargetsSection } from './targets-section.tsx';
import { CityPeers } from './peers/city-peers.tsx';
import './city.css';

/** The city's name, county and code, its place in the programme, and a notice when it is outside it. */
function CityHeader({ detail }: { detail: CityDetailResponse }) {
  const { t } = useI18n('city');
  const membershipText = useMembershipText();
  const { city } = detail;
  return (
    <>
      <header className="page__header">
        <p className="city__back">
          <Link to="/">{t('city.back')}</Link>
        </p>
        <h1>{city.name}</h1>
        <p className="lede">
          {t('city.lede', { lan: city.lan.name, kommunkod: city.kommunkod })} ·{' '}
          {membershipText({
            city,
            cohorts: detail.cohorts,
            partnerName: detail.partners.find((p) => p.id === programmeMembership(city)?.partnerId)?.name,
          })}
        </p>
      </header>
      {!city.inProgramme && (
        <aside className="notice city__outside" role="note">
          <p className="notice__title">{t('city.outside.title', { city: city.name })}</p>
          <p>{t('city.outside.body')}</p>
        </aside>
      )}
    </>
  );
}

/** `/cities/:id`: one city's figures, trajectory, sectors, targets, contract history and notes on the data. */
export function CityPage() {
  const { t } = useI18n('city');
  const id = useParams().id ?? '';
  const detail = useQuery(cityQueries.detail(id));
  useDocumentTitle(detail.data?.city.name ?? null, t('app.title'));
  // Start the charts' data with the detail instead of after it; CityCharts reads the same queries.
  usePrefetchQuery(emissionQueries.series({ cities: [id], sectors: true }));
  usePrefetchQuery(sectorQueries.list());

  if (detail.isPending) {
    return (
      <article className="page">
        <Loading />
      </article>
    );
  }
  if (detail.isLoadingError) {
    if (detail.error instanceof ApiError && detail.error.status === 404) return <CityNotFound id={id} />;
    return (
      <article className="page">
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </article>
    );
  }

  const { city, methods } = detail.data;
  return (
    <article className="page city">
      <CityHeader detail={detail.data} />
      <SectionIndex />
      <HydrateApart>
        <CityHeadline detail={detail.data} />
      </HydrateApart>
      <HydrateApart>
        <CityRanks ranks={city.assessment.ranks} methods={methods} inProgramme={city.inProgramme} />
      </HydrateApart>
      <HydrateApart>
        <CityCharts detail={detail.data} />
      </HydrateApart>
      <HydrateApart>
        <CityPeers cityId={city.id} />
      </HydrateApart>
      <HydrateApart>
        <TargetsSection detail={detail.data} />
      </HydrateApart>
      <HydrateApart>
        <ContractHistory detail={detail.data} />
      </HydrateApart>
      <HydrateApart>
        <DataNotes detail={detail.data} />
      </HydrateApart>
    </article>
  );
}
