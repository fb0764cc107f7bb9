import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { signingResponseSchema, type SigningRequest } from '../../../../contract/admin.ts';
import type { CitySummary } from '../../../../contract/cities.ts';
import { compareNames, formatDay } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ApiError } from '../../../api/client.ts';
import { adminFetch } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { Field } from '../field.tsx';
import { invalidateAfterWrite } from '../queries.ts';
import { fieldOfProblem, validateSigning, type SigningDraft, type SigningErrors, type SigningField } from './signing-draft.ts';

/** Record a signing, or correct the one with the same city, version and kind. */
export function SigningForm({ cities, initial }: { cities: readonly CitySummary[]; initial: SigningDraft }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<SigningErrors>({});
  const save = useMutation({
    mutationFn: (request: SigningRequest) => adminFetch('/api/v1/admin/signings', signingResponseSchema, { method: 'PUT', body: request }),
    onSuccess: () => invalidateAfterWrite(client),
  });
  // A problem about one field is shown at that field; anything else above the form.
  const serverField = save.error instanceof ApiError ? fieldOfProblem(save.error.problem?.parameter) : null;
  const errorOf = (field: SigningField) => (errors[field] ? t(errors[field]) : serverField === field ? save.error?.message : null);
  const set = (field: SigningField) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { request, errors: found } = validateSigning(draft);
    setErrors(found ?? {});
    save.reset();
    if (request) save.mutate(request);
  };
  const cityName = (id: string) => cities.find((c) => c.id === id)?.name ?? id;
  const sorted = [...cities].sort((a, b) => compareNames(a.name, b.name));

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
        {(p) => <input {...p} type="date" min="2015-01-01" max="2100-12-31" value={draft.signedOn} onChange={set('signedOn')} />}
      </Field>
      <Field label={t('admin.signings.sourceUrl')} error={errorOf('sourceUrl')} className="admin-field--wide">
        {(p) => <input {...p} type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} />}
      </Field>
      <Field label={t('admin.signings.sourceTitle')} error={errorOf('sourceTitle')} className="admin-field--wide">
        {(p) => <input {...p} maxLength={300} value={draft.sourceTitle} onChange={set('sourceTitle')} />}
      </Field>
      <div className="admin-actions admin-field--wide">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('admin.signings.saving') : t('admin.signings.save')}
        </button>
      </div>
      <div className="admin-field--wide" aria-live="polite">
        {Object.keys(errors).length > 0 && <p className="admin-field__error">{t('admin.signings.fixFields')}</p>}
        {save.isSuccess && (
          <p className="admin-success" role="status">
            {/* No audit entry means the server found nothing to change. */}
            {t(save.data.auditId === null ? 'admin.signings.unchanged' : save.data.created ? 'admin.signings.created' : 'admin.signings.corrected', {
              city: cityName(save.data.signing.cityId),
              version: save.data.signing.versionId,
              date: formatDay(save.data.signing.signedOn, lang),
              audit: save.data.auditId ?? '–',
            })}
          </p>
        )}
        {save.isError && !serverField && <AdminError error={save.error} />}
        {save.isError && serverField && <p className="admin-field__error">{t('admin.signings.fixFields')}</p>}
      </div>
    </form>
  );
}
