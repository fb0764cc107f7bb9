/** The form that records or corrects one signing, saved based on the version of the city's signings. */
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  citySigningsSchema,
  signingResponseSchema,
  type CitySignings,
  type SigningRequest,
  type SigningResponse,
} from '../../../../contract/admin.ts';
import type { CitySummary } from '../../../../contract/cities.ts';
import { ApiError } from '../../../api/client.ts';
import { formatDay } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { invalidateAfterWrite } from '../queries.ts';
import { useVersionedSave, type Refused, type VersionedWrite } from '../use-versioned-save.ts';
import { SaveOutcome } from '../save-outcome.tsx';
import { VersionConflictView } from '../version-conflict.tsx';
import { signingQueries } from './queries.ts';
import {
  draftFromSigning,
  emptySigningDraft,
  fieldOfProblem,
  validateSigning,
  type SigningDraft,
  type SigningErrors,
  type SigningField,
} from './signing-draft.ts';
import { SigningFields } from './signing-fields.tsx';
import { SigningInState, useSigningWords } from './signing-words.tsx';

/**
 * Record a signing, or correct the one with the same city, version and kind. The city's
 * signings are read with their version when the city is chosen and shown under it; the
 * save is based on that version, and a 412 shows yours against theirs.
 */
export function SigningForm({
  cities,
  initial,
  today,
}: {
  cities: readonly CitySummary[];
  initial: SigningDraft;
  today: string;
}) {
  const { t } = useI18n('admin');
  const form = useSigningFormState(initial, today);
  const { draft, save, refused, theirs } = form;
  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? id;

  return (
    <form className="admin-form admin-grid" onSubmit={form.submit} noValidate>
      <SigningFields draft={draft} cities={cities} today={today} errorOf={form.errorOf} set={form.set} />
      <StoredSignings cityId={draft.cityId} cityName={cityName(draft.cityId)} stored={form.stored} />
      <div className="admin-actions admin-field--wide">
        <button
          type="submit"
          className="button"
          disabled={save.isPending || (draft.cityId !== '' && !form.stored.data)}
        >
          {save.isPending ? t('admin.signings.saving') : t('admin.signings.save')}
        </button>
      </div>
      {refused && theirs?.success && (
        <div className="admin-field--wide">
          <SigningConflict
            refused={refused}
            theirs={theirs.data}
            cityName={cityName(refused.request.cityId)}
            onReapply={form.reapply}
            onDiscard={form.discard}
            pending={save.isPending}
          />
        </div>
      )}
      <SaveOutcome
        className="admin-field--wide"
        fixFields={t('admin.signings.fixFields')}
        invalid={Object.keys(form.errors).length > 0}
        discarded={form.discarded}
        saved={save.isSuccess && <SigningSaved saved={save.data} cityName={cityName(save.data.signing.cityId)} />}
        error={save.error}
        unreadable={refused !== null && !theirs?.success}
        atField={form.serverField !== null}
      />
    </form>
  );
}

/** The form's state: the draft and its errors, the city's stored signings, the save, a 412's theirs, submitting or keeping theirs. */
function useSigningFormState(initial: SigningDraft, today: string) {
  const { t } = useI18n('admin');
  const client = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<SigningErrors>({});
  const [discarded, setDiscarded] = useState(false);
  const stored = useQuery({ ...signingQueries.city(draft.cityId), enabled: draft.cityId !== '' });
  const { save, refused, reapply, clear } = useSigningSave();
  const theirs = refused ? citySigningsSchema.safeParse(refused.conflict.current) : null;
  // A problem about one field is shown at that field; anything else above the form.
  const serverField = save.error instanceof ApiError ? fieldOfProblem(save.error.problem?.parameter) : null;
  const errorOf = (field: SigningField) =>
    errors[field] ? t(errors[field]) : serverField === field ? save.error?.message : null;
  const set = (field: SigningField) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { request, errors: found } = validateSigning(draft, today);
    setErrors(found ?? {});
    setDiscarded(false);
    clear();
    if (request && stored.data) save.mutate({ request, basedOn: stored.data.version });
  };
  const discard = () => {
    if (!refused || !theirs?.success) return;
    const { request, conflict } = refused;
    client.setQueryData(signingQueries.city(request.cityId).queryKey, {
      ...theirs.data,
      version: conflict.currentVersion,
    });
    const kept = theirs.data.signings.find((s) => s.versionId === request.versionId && s.kind === request.kind);
    setDraft(kept ? draftFromSigning(kept, theirs.data.sources) : { ...emptySigningDraft(), cityId: request.cityId });
    clear();
    setDiscarded(true);
  };
  return {
    draft,
    errorOf,
    set,
    stored,
    save,
    refused,
    reapply,
    theirs,
    serverField,
    submit,
    discard,
    errors,
    discarded,
  };
}

/** `PUT /api/v1/admin/signings`; a success refreshes the city's signings and every view. */
function useSigningSave() {
  const client = useQueryClient();
  const write = ({ request, basedOn }: VersionedWrite<SigningRequest>) =>
    adminFetch('/api/v1/admin/signings', signingResponseSchema, { method: 'PUT', body: request, ifMatch: basedOn });
  return useVersionedSave(write, (_saved, { request }) => {
    void client.invalidateQueries({ queryKey: signingQueries.city(request.cityId).queryKey });
    return invalidateAfterWrite(client);
  });
}

/** Under the fields: what is recorded for the chosen city now, or why it could not be read. */
function StoredSignings({
  cityId,
  cityName,
  stored,
}: {
  cityId: string;
  cityName: string;
  stored: UseQueryResult<CitySignings>;
}) {
  const { t } = useI18n('admin');
  const words = useSigningWords();
  return (
    <>
      {cityId !== '' && (
        <p className="muted admin-field--wide" aria-live="polite">
          {stored.data ? words.recorded(cityName, stored.data) : stored.isPending ? t('state.loading') : null}
        </p>
      )}
      {stored.isError && (
        <div className="admin-field--wide">
          <AdminError error={stored.error} onRetry={() => void stored.refetch()} />
        </div>
      )}
    </>
  );
}

interface ConflictProps {
  refused: Refused<SigningRequest>;
  theirs: CitySignings;
  cityName: string;
  onReapply: () => void;
  onDiscard: () => void;
  pending: boolean;
}

/** A refused save (412): the signing sent against what the city's signings are now. */
function SigningConflict({ refused, theirs, cityName, onReapply, onDiscard, pending }: ConflictProps) {
  const { t } = useI18n('admin');
  const words = useSigningWords();
  const { request } = refused;
  return (
    <VersionConflictView
      what={t('admin.signings.what', { city: cityName })}
      conflict={refused.conflict}
      yours={
        <p>
          {words.line({ kind: request.kind ?? 'contract', versionId: request.versionId, signedOn: request.signedOn })}
        </p>
      }
      theirs={
        <SigningInState
          state={theirs}
          versionId={request.versionId}
          kind={request.kind ?? 'contract'}
          cityName={cityName}
        />
      }
      onReapply={onReapply}
      onDiscard={onDiscard}
      pending={pending}
    />
  );
}

/** Said once saved: created, corrected, or nothing to change (no audit entry). */
function SigningSaved({ saved, cityName }: { saved: SigningResponse; cityName: string }) {
  const { t, lang } = useI18n('admin');
  return (
    <p className="admin-success" role="status">
      {t(
        saved.auditId === null
          ? 'admin.signings.unchanged'
          : saved.created
            ? 'admin.signings.created'
            : 'admin.signings.corrected',
        {
          city: cityName,
          version: saved.signing.versionId,
          date: formatDay(saved.signing.signedOn, lang),
          audit: saved.auditId ?? '–',
        },
      )}
    </p>
  );
}
