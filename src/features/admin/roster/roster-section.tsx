/** The roster tab: choose any municipality, see its memberships, and add, correct or end its membership. */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { compareNames } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { municipalityQueries } from '../../../api/queries/municipalities.ts';
import { AdminError } from '../admin-error.tsx';
import { rosterQueries } from './queries.ts';
import { RosterForm } from './roster-form.tsx';

export function RosterSection() {
  const { t } = useI18n('admin');
  const id = useId();
  const list = useQuery(municipalityQueries.list());
  const [cityId, setCityId] = useState('');
  const stored = useQuery({ ...rosterQueries.city(cityId), enabled: cityId !== '' });

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { municipalities, cohorts } = list.data;
  const city = municipalities.find((m) => m.id === cityId);
  const sorted = [...municipalities].sort((a, b) => compareNames(a.name, b.name));
  return (
    <section className="admin-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.roster.heading')}</h2>
      <p className="muted">{t('admin.roster.intro')}</p>
      <div className="admin-field">
        <label htmlFor={`${id}-city`}>{t('admin.roster.city')}</label>
        <select id={`${id}-city`} value={cityId} onChange={(e) => setCityId(e.target.value)}>
          <option value="">{t('admin.roster.chooseCity')}</option>
          {sorted.map((m) => (
            <option key={m.id} value={m.id}>
              {m.inProgramme ? t('admin.roster.member', { name: m.name }) : m.name}
            </option>
          ))}
        </select>
      </div>
      {city &&
        (stored.isPending ? (
          <Loading />
        ) : stored.isError ? (
          <AdminError error={stored.error} onRetry={() => void stored.refetch()} />
        ) : (
          <RosterForm
            key={cityId}
            city={city}
            cohorts={cohorts.filter((c) => c.programme === 'kns2030')}
            members={municipalities.filter((m) => m.inProgramme)}
            stored={stored.data}
          />
        ))}
    </section>
  );
}
