/** The targets tab: choose a city, then edit its targets (./targets-editor.tsx). */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AdminError } from '../admin-error.tsx';
import { CityOptions } from '../city-options.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import { targetQueries } from './queries.ts';
import { TargetsEditor } from './targets-editor.tsx';

/** The Targets tab: choose a city, then edit its targets as they are stored now (with their version, for If-Match). */
export function TargetsSection() {
  const { t } = useI18n('admin');
  const id = useId();
  const cities = useQuery(cityQueries.list());
  const [cityId, setCityId] = useState('');
  const stored = useQuery({ ...targetQueries.city(cityId), enabled: cityId !== '' });

  if (cities.isPending) return <Loading />;
  if (cities.isError) return <ErrorState error={cities.error} onRetry={() => void cities.refetch()} />;
  return (
    <section className="admin-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.targets.heading')}</h2>
      <p className="muted">{t('admin.targets.intro')}</p>
      <div className="admin-field">
        <label htmlFor={`${id}-city`}>{t('admin.targets.city')}</label>
        <select id={`${id}-city`} value={cityId} onChange={(e) => setCityId(e.target.value)}>
          <CityOptions cities={cities.data.cities} />
        </select>
      </div>
      {cityId !== '' &&
        (stored.isPending ? (
          <Loading />
        ) : stored.isError ? (
          <AdminError error={stored.error} onRetry={() => void stored.refetch()} />
        ) : (
          // Keyed by city: another city starts a fresh draft; after saving, the draft is what was saved.
          <TargetsEditor
            key={cityId}
            cityId={cityId}
            cityName={cities.data.cities.find((c) => c.id === cityId)?.name ?? cityId}
            stored={stored.data}
          />
        ))}
    </section>
  );
}
