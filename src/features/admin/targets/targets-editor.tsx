import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  cityTargetsSchema,
  targetsResponseSchema,
  type CityTargetsResponse,
  type TargetsRequest,
} from '../../../../contract/admin.ts';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch, type VersionConflict } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { invalidateAfterWrite } from '../queries.ts';
import { ConflictDiscarded, conflictOf, VersionConflictView } from '../version-conflict.tsx';
import { targetQueries } from './queries.ts';
import {
  draftFromTarget,
  emptyTargetDraft,
  fieldOfParameter,
  toTargetsRequest,
  type TargetErrors,
} from './target-draft.ts';
import { TargetFieldset } from './target-fieldset.tsx';
import { TargetList } from './target-list.tsx';

interface Save {
  request: TargetsRequest;
  /** The version of the targets the request is based on, sent as If-Match. */
  basedOn: string;
}

/**
 * Edits one city's list of targets, starting from the stored ones, and saves the whole list
 * based on their version. When someone else saved first (412), the draft stays and the
 * conflict is shown: yours against theirs, to apply yours again or keep theirs.
 */
export function TargetsEditor({
  cityId,
  cityName,
  stored,
}: {
  cityId: string;
  cityName: string;
  stored: CityTargetsResponse;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [drafts, setDrafts] = useState(() => stored.targets.map(draftFromTarget));
  const [version, setVersion] = useState(stored.version);
  const [errors, setErrors] = useState<TargetErrors | null>(null);
  const [discarded, setDiscarded] = useState(false);
  // Kept in state, not read from the mutation: it stays on screen while "apply mine again" is on its way.
  const [refused, setRefused] = useState<{ conflict: VersionConflict; request: TargetsRequest } | null>(null);
  const keep = (state: CityTargetsResponse) => {
    setVersion(state.version);
    client.setQueryData(targetQueries.city(cityId).queryKey, state);
  };
  const save = useMutation({
    mutationFn: ({ request, basedOn }: Save) =>
      adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/targets`, targetsResponseSchema, {
        method: 'PUT',
        body: request,
        ifMatch: basedOn,
      }),
    onSuccess: (saved) => {
      setRefused(null);
      keep({ cityId, targets: saved.targets, version: saved.version });
      return invalidateAfterWrite(client);
    },
    onError: (error, { request }) => {
      const conflict = conflictOf(error);
      setRefused(conflict ? { conflict, request } : null);
    },
  });

  const conflict = refused?.conflict ?? null;
  const theirs = conflict ? cityTargetsSchema.safeParse(conflict.current) : null;
  // A problem about one field of one target is shown at that field; anything else below the form.
  const serverAt = save.error instanceof ApiError ? fieldOfParameter(save.error.problem?.parameter) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toTargetsRequest(drafts);
    setErrors(result.errors);
    setDiscarded(false);
    setRefused(null);
    save.reset();
    if (result.request) save.mutate({ request: result.request, basedOn: version });
  };
  const discard = () => {
    if (!conflict || !theirs?.success) return;
    setDrafts(theirs.data.targets.map(draftFromTarget));
    keep({ ...theirs.data, version: conflict.currentVersion });
    setErrors(null);
    setRefused(null);
    save.reset();
    setDiscarded(true);
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
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setDrafts((all) => [...all, emptyTargetDraft()])}
        >
          {t('admin.targets.add')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('admin.targets.saving') : t('admin.targets.save')}
        </button>
      </div>
      {refused && theirs?.success && (
        <VersionConflictView
          what={t('admin.targets.what', { city: cityName })}
          conflict={refused.conflict}
          yours={<TargetList targets={refused.request.targets} other={theirs.data.targets} />}
          theirs={<TargetList targets={theirs.data.targets} other={refused.request.targets} />}
          onReapply={() => save.mutate({ request: refused.request, basedOn: refused.conflict.currentVersion })}
          onDiscard={discard}
          pending={save.isPending}
        />
      )}
      <div aria-live="polite">
        {errors && <p className="admin-field__error">{t('admin.targets.fixFields')}</p>}
        {discarded && <ConflictDiscarded />}
        {save.isSuccess && (
          <p className="admin-success" role="status">
            {save.data.auditId === null
              ? t('admin.targets.unchanged', { city: cityName })
              : t('admin.targets.saved', { count: save.data.targets.length, city: cityName, audit: save.data.auditId })}
          </p>
        )}
        {conflict && !theirs?.success && <p role="alert">{t('admin.versionConflict.unreadable')}</p>}
        {save.isError &&
          !conflictOf(save.error) &&
          (serverAt ? (
            <p className="admin-field__error">{t('admin.targets.fixFields')}</p>
          ) : (
            <AdminError error={save.error} />
          ))}
      </div>
    </form>
  );
}
