import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { targetsResponseSchema, type TargetsRequest } from '../../../../contract/admin.ts';
import type { Target } from '../../../../contract/cities.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { invalidateAfterWrite } from '../queries.ts';
import { ApiError } from '../../../api/client.ts';
import { draftFromTarget, emptyTargetDraft, fieldOfParameter, toTargetsRequest, type TargetErrors } from './target-draft.ts';
import { TargetFieldset } from './target-fieldset.tsx';

/** Edits one city's list of targets, starting from its current ones, and saves the whole list. */
export function TargetsEditor({ cityId, cityName, targets }: { cityId: string; cityName: string; targets: readonly Target[] }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [drafts, setDrafts] = useState(() => targets.map(draftFromTarget));
  const [errors, setErrors] = useState<TargetErrors | null>(null);
  const save = useMutation({
    mutationFn: (request: TargetsRequest) =>
      adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/targets`, targetsResponseSchema, { method: 'PUT', body: request }),
    onSuccess: () => invalidateAfterWrite(client),
  });

  // A problem about one field of one target is shown at that field; anything else below the form.
  const serverAt = save.error instanceof ApiError ? fieldOfParameter(save.error.problem?.parameter) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toTargetsRequest(drafts);
    setErrors(result.errors);
    save.reset();
    if (result.request) save.mutate(result.request);
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      {drafts.length === 0 && <p className="notice notice--info">{t('admin.targets.none')}</p>}
      {drafts.map((draft, index) => (
        <TargetFieldset
          key={draft.key}
          draft={draft}
          number={index + 1}
          errors={errors?.[index]}
          serverError={serverAt?.index === index ? { field: serverAt.field, message: save.error?.message ?? '' } : null}
          onChange={(next) => setDrafts((all) => all.map((d) => (d.key === draft.key ? next : d)))}
          onRemove={() => {
            setDrafts((all) => all.filter((d) => d.key !== draft.key));
            setErrors(null);
          }}
        />
      ))}
      <div className="admin-actions">
        <button type="button" className="button button--quiet" onClick={() => setDrafts((all) => [...all, emptyTargetDraft()])}>
          {t('admin.targets.add')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('admin.targets.saving') : t('admin.targets.save')}
        </button>
      </div>
      <div aria-live="polite">
        {errors && <p className="admin-field__error">{t('admin.targets.fixFields')}</p>}
        {save.isSuccess && (
          <p className="admin-success" role="status">
            {save.data.auditId === null
              ? t('admin.targets.unchanged', { city: cityName })
              : t('admin.targets.saved', { count: save.data.targets.length, city: cityName, audit: save.data.auditId })}
          </p>
        )}
        {save.isError && (serverAt ? <p className="admin-field__error">{t('admin.targets.fixFields')}</p> : <AdminError error={save.error} />)}
      </div>
    </form>
  );
}
