import { Link } from 'react-router-dom';
import type { PeersResponse } from '../../../../contract/peers.ts';
import type { Sector } from '../../../../contract/sectors.ts';
import { EmptyState } from '../../../components/query-states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { MethodNote } from '../../../components/method-note.tsx';
import { peersCompareLink } from './compare-link.ts';
import { PeersTable } from './peers-table.tsx';

/** "Städer som liknar din": the nearest peers, the features that put them there, and the measure with its weights. */
export function PeersSection({ data, sectors }: { data: PeersResponse; sectors: readonly Sector[] }) {
  const { t, lang } = useI18n('peers');
  const { city, weights } = data;
  return (
    <section className="city-section peers" aria-labelledby="city-peers-heading">
      <h2 id="city-peers-heading">{t('peers.heading')}</h2>
      {!city.features || data.peers.length === 0 ? (
        <EmptyState message={t('peers.none')} />
      ) : (
        <>
          <p className="muted">{t('peers.intro', { city: city.name, year: city.features.year })}</p>
          <ol className="peers__list">
            {data.peers.map((peer) => (
              <li key={peer.cityId}>
                <Link to={`/cities/${peer.cityId}`}>{peer.name}</Link>{' '}
                <Link className="peers__compare" to={peersCompareLink([city.id, peer.cityId])}>
                  {t('peers.compare', { city: city.name, peer: peer.name })}
                </Link>
              </li>
            ))}
          </ol>
          <PeersTable data={data} sectors={sectors} />
          <p className="peers__weights">
            {t('peers.weights', {
              sectors: weights.sectorShares,
              perCapita: weights.perCapita,
              population: weights.population,
            })}
          </p>
          <MethodNote texts={[data.methods.similarity[lang]]} about={t('peers.heading')} />
        </>
      )}
    </section>
  );
}
