import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { cityQueries } from '../../../api/queries/cities.ts';
import { contractQueries } from '../../../api/queries/contracts.ts';
import type { Signing } from '../../../../contract/contracts.ts';
import { RemoveSigning } from './remove-signing.tsx';
import { draftFromSigning, emptySigningDraft, type SigningDraft } from './signing-draft.ts';
import { SigningForm } from './signing-form.tsx';
import { SigningsTable } from './signings-table.tsx';

/** The reader's day, for the date field's range (the server checks against its own). */
const today = () => new Date().toISOString().slice(0, 10);

/** The Signings tab: the form, and the signings recorded now (GET /api/v1/contracts), each to correct or remove. */
export function SigningsSection() {
  const { t } = useI18n('admin');
  const id = useId();
  const cities = useQuery(cityQueries.list());
  const contracts = useQuery(contractQueries.list());
  // A new key remounts the form with the chosen signing's values.
  const [form, setForm] = useState<{ key: number; draft: SigningDraft }>({ key: 0, draft: emptySigningDraft() });
  const formHeading = useRef<HTMLHeadingElement>(null);
  const [removing, setRemoving] = useState<Signing | null>(null);

  if (cities.isPending || contracts.isPending) return <Loading />;
  if (cities.isError || contracts.isError)
    return (
      <ErrorState
        error={cities.error ?? contracts.error}
        onRetry={() => {
          void cities.refetch();
          void contracts.refetch();
        }}
      />
    );
  return (
    <div className="admin-stack">
      <section className="admin-card" aria-labelledby={`${id}-form`}>
        <h2 id={`${id}-form`} ref={formHeading} tabIndex={-1}>
          {t('admin.signings.heading')}
        </h2>
        <p className="muted">{t('admin.signings.intro')}</p>
        <SigningForm key={form.key} cities={cities.data.cities} initial={form.draft} today={today()} />
      </section>
      <section className="admin-card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('admin.signings.listHeading')}</h2>
        {removing && (
          <RemoveSigning
            key={`${removing.cityId}/${removing.versionId}/${removing.kind}`}
            signing={removing}
            cityName={cities.data.cities.find((c) => c.id === removing.cityId)?.name ?? removing.cityId}
            onClose={() => setRemoving(null)}
          />
        )}
        <SigningsTable
          signings={contracts.data.signings}
          cities={cities.data.cities}
          onEdit={(signing) => {
            setForm((f) => ({ key: f.key + 1, draft: draftFromSigning(signing, contracts.data.sources) }));
            formHeading.current?.focus();
          }}
          onRemove={setRemoving}
        />
      </section>
    </div>
  );
}
