import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  citySigningsSchema,
  FIRST_SIGNING_DAY,
  latestSigningDay,
  signingResponseSchema,
  type SigningRequest,
} from '../../../../contract/admin.ts';
import type { CitySummary } from '../../../../contract/cities.ts';
import { ApiError } from '../../../api/client.ts';
import { compareNames, formatDay } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch, type VersionConflict } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { Field } from '../field.tsx';
import { invalidateAfterWrite } from '../queries.ts';
import { ConflictDiscarded, conflictOf, VersionConflictView } from '../version-conflict.tsx';
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
import { SigningInState, useSigningWords } from './signing-words.tsx';

interface Save {
  request: SigningRequest;
  /** The version of the city's signings the request is based on, sent as If-Match. */
  basedOn: string;
}

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
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const words = useSigningWords();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<SigningErrors>({});
  const [refused, setRefused] = useState<{ conflict: VersionConflict; request: SigningRequest } | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const stored = useQuery({ ...signingQueries.city(draft.cityId), enabled: draft.cityId !== '' });
  const save = useMutation({
    mutationFn: ({ request, basedOn }: Save) =>
      adminFetch('/api/v1/admin/signings', signingResponseSchema, { method: 'PUT', body: request, ifMatch: basedOn }),
    onSuccess: (_saved, { request }) => {
      setRefused(null);
      void client.invalidateQueries({ queryKey: signingQueries.city(request.cityId).queryKey });
      return invalidateAfterWrite(client);
    },
    onError: (error, { request }) => {
      const conflict = conflictOf(error);
      setRefused(conflict ? { conflict, request } : null);
    },
  });
  const theirs = refused ? citySigningsSchema.safeParse(refused.conflict.current) : null;
  // A problem about one field is shown at that field; anything else above the form.
  const serverField = save.error instanceof ApiError ? fieldOfProblem(save.error.problem?.parameter) : null;
  const errorOf = (field: SigningField) =>
    errors[field] ? t(errors[field]) : serverField === field ? save.error?.message : null;
  const set = (field: SigningField) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));
  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? id;
  const sorted = [...cities].sort((a, b) => compareNames(a.name, b.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { request, errors: found } = validateSigning(draft, today);
    setErrors(found ?? {});
    setRefused(null);
    setDiscarded(false);
    save.reset();
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
    setRefused(null);
    save.reset();
    setDiscarded(true);
  };

  return (
    <form className="admin-form admin-grid" onSubmit={submit} noValidate>
      <Field label={t('admin.signings.city')} error={errorOf('cityId')}>
        {(p) => (
          <select {...p} value={draft.cityId} onChange={set('cityId')}>
            <option value="">{t('admin.signings.chooseCity')}</option>
            {sorted.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('admin.signings.version')} error={errorOf('versionId')}>
        {(p) => <input {...p} inputMode="numeric" maxLength={4} value={draft.versionId} onChange={set('versionId')} />}
      </Field>
      <Field label={t('admin.signings.kind')} error={errorOf('kind')}>
        {(p) => (
          <select {...p} value={draft.kind} onChange={set('kind')}>
            <option value="contract">{t('admin.signings.kind.contract')}</option>
            <option value="letter-of-intent">{t('admin.signings.kind.letter-of-intent')}</option>
          </select>
        )}
      </Field>
      <Field label={t('admin.signings.date')} error={errorOf('signedOn')}>
        {(p) => (
          <input
            {...p}
            type="date"
            min={FIRST_SIGNING_DAY}
            max={latestSigningDay(today)}
            value={draft.signedOn}
            onChange={set('signedOn')}
          />
        )}
      </Field>
      <Field label={t('admin.signings.sourceUrl')} error={errorOf('sourceUrl')} className="admin-field--wide">
        {(p) => <input {...p} type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} />}
      </Field>
      <Field label={t('admin.signings.sourceTitle')} error={errorOf('sourceTitle')} className="admin-field--wide">
        {(p) => <input {...p} maxLength={300} value={draft.sourceTitle} onChange={set('sourceTitle')} />}
      </Field>
      {draft.cityId !== '' && (
        <p className="muted admin-field--wide" aria-live="polite">
          {stored.data
            ? words.recorded(cityName(draft.cityId), stored.data)
            : stored.isPending
              ? t('state.loading')
              : null}
        </p>
      )}
      {stored.isError && (
        <div className="admin-field--wide">
          <AdminError error={stored.error} onRetry={() => void stored.refetch()} />
        </div>
      )}
      <div className="admin-actions admin-field--wide">
        <button type="submit" className="button" disabled={save.isPending || (draft.cityId !== '' && !stored.data)}>
          {save.isPending ? t('admin.signings.saving') : t('admin.signings.save')}
        </button>
      </div>
      {refused && theirs?.success && (
        <div className="admin-field--wide">
          <VersionConflictView
            what={t('admin.signings.what', { city: cityName(refused.request.cityId) })}
            conflict={refused.conflict}
            yours={
              <p>
                {words.line({
                  kind: refused.request.kind ?? 'contract',
                  versionId: refused.request.versionId,
                  signedOn: refused.request.signedOn,
                })}
              </p>
            }
            theirs={
              <SigningInState
                state={theirs.data}
                versionId={refused.request.versionId}
                kind={refused.request.kind ?? 'contract'}
                cityName={cityName(refused.request.cityId)}
              />
            }
            onReapply={() => save.mutate({ request: refused.request, basedOn: refused.conflict.currentVersion })}
            onDiscard={discard}
            pending={save.isPending}
          />
        </div>
      )}
      <div className="admin-field--wide" aria-live="polite">
        {Object.keys(errors).length > 0 && <p className="admin-field__error">{t('admin.signings.fixFields')}</p>}
        {discarded && <ConflictDiscarded />}
        {save.isSuccess && (
          <p className="admin-success" role="status">
            {/* No audit entry means the server found nothing to change. */}
            {t(
              save.data.auditId === null
                ? 'admin.signings.unchanged'
                : save.data.created
                  ? 'admin.signings.created'
                  : 'admin.signings.corrected',
              {
                city: cityName(save.data.signing.cityId),
                version: save.data.signing.versionId,
                date: formatDay(save.data.signing.signedOn, lang),
                audit: save.data.auditId ?? '–',
              },
            )}
          </p>
        )}
        {refused && !theirs?.success && <p role="alert">{t('admin.versionConflict.unreadable')}</p>}
        {save.isError &&
          !conflictOf(save.error) &&
          (serverField ? (
            <p className="admin-field__error">{t('admin.signings.fixFields')}</p>
          ) : (
            <AdminError error={save.error} />
          ))}
      </div>
    </form>
  );
}
