import { useQuery } from '@tanstack/react-query';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { sectorQueries } from '../../../api/queries/city.ts';
import { FastestCutsSection } from './fastest-cuts-section.tsx';
import { PeersSection } from './peers-section.tsx';
import { peerQueries } from '../../../api/queries/peers.ts';
import './peers.css';

/** The city page's two peer sections, with their own loading and error states so the rest of the page never waits. */
export function CityPeers({ cityId }: { cityId: string }) {
  const peers = useQuery(peerQueries.city(cityId));
  const sectors = useQuery(sectorQueries.list());
  if (peers.isPending || sectors.isPending) return <Loading />;
  if (peers.isLoadingError) return <ErrorState error={peers.error} onRetry={() => void peers.refetch()} />;
  if (sectors.isLoadingError) return <ErrorState error={sectors.error} onRetry={() => void sectors.refetch()} />;
  return (
    <>
      <PeersSection data={peers.data} sectors={sectors.data.sectors} />
      <FastestCutsSection data={peers.data} />
    </>
  );
}
