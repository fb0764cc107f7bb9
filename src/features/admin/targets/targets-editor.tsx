/** The targets editor of one city: its drafts, the save based on their version, and a 412 as yours against theirs. */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  cityTargetsSchema,
  targetsResponseSchema,
  type CityTargetsResponse,
  type TargetsRequest,
} from '../../../../contract/admin.ts';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { invalidateAfterWrite } from '../queries.ts';
import { useVersionedSave, type VersionedWrite } from '../use-versioned-save.ts';
import { SaveOutcome } from '../save-outcome.tsx';
import { VersionConflictView } from '../version-conflict.tsx';
import { targetQueries } from './queries.ts';
import {
  draftFromTarget,
  emptyTargetDraft,
  fieldOfParameter,
  toTargetsRequest,
  type TargetDraft,
  type TargetErrors,
  type TargetField,
} from './target-draft.ts';
import { TargetFieldset } from './target-fieldset.tsx';
import { TargetList } from './target-list.tsx';

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
  const { t } = useI18n('admin');
  const form = useTargetsForm(cityId, stored);
  const { save, refused, theirs } = form;

  return (
    <form className="admin-form" onSubmit={form.submit} noValidate>
      <TargetDrafts
        drafts={form.drafts}
        errors={form.errors}
        serverError={form.serverAt && { ...form.serverAt, message: save.error?.message ?? '' }}
        onChange={form.setDrafts}
        onRemoved={() => form.setErrors(null)}
        pending={save.isPending}
      />
      {refused && theirs?.success && (
        <VersionConflictView
          what={t('admin.targets.what', { city: cityName })}
          conflict={refused.conflict}
          yours={<TargetList targets={refused.request.targets} other={theirs.data.targets} />}
          theirs={<TargetList targets={theirs.data.targets} other={refused.request.targets} />}
          onReapply={form.reapply}
          onDiscard={form.discard}
          pending={save.isPending}
        />
      )}
      <SaveOutcome
        fixFields={t('admin.targets.fixFields')}
        invalid={form.errors !== null}
        discarded={form.discarded}
        saved={
          save.isSuccess && (
            <p className="admin-success" role="status">
              {save.data.auditId === null
                ? t('admin.targets.unchanged', { city: cityName })
                : t('admin.targets.saved', {
                    count: save.data.targets.length,
                    city: cityName,
                    audit: save.data.auditId,
                  })}
            </p>
          )
        }
        error={save.error}
        unreadable={refused !== null && !theirs?.success}
        atField={form.serverAt !== null}
      />
    </form>
  );
}

/** The editor's state: the drafts and their errors, the save, a 412's theirs, and submitting or keeping theirs. */
function useTargetsForm(cityId: string, stored: CityTargetsResponse) {
  const [drafts, setDrafts] = useState(() => stored.targets.map(draftFromTarget));
  const [errors, setErrors] = useState<TargetErrors | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const { save, refused, reapply, clear, version, keep } = useTargetsSave(cityId, stored.version);
  const theirs = refused ? cityTargetsSchema.safeParse(refused.conflict.current) : null;
  // A problem about one field of one target is shown at that field; anything else below the form.
  const serverAt = save.error instanceof ApiError ? fieldOfParameter(save.error.problem?.parameter) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toTargetsRequest(drafts);
    setErrors(result.errors);
    setDiscarded(false);
    clear();
    if (result.request) save.mutate({ request: result.request, basedOn: version });
  };
  const discard = () => {
    if (!refused || !theirs?.success) return;
    setDrafts(theirs.data.targets.map(draftFromTarget));
    keep({ ...theirs.data, version: refused.conflict.currentVersion });
    setErrors(null);
    clear();
    setDiscarded(true);
  };
  return { drafts, setDrafts, errors, setErrors, discarded, save, refused, reapply, theirs, serverAt, submit, discard };
}

/** Saving the list based on the version read (or kept since), which each save or kept "theirs" moves on. */
function useTargetsSave(cityId: string, storedVersion: string) {
  const client = useQueryClient();
  const [version, setVersion] = useState(storedVersion);
  const keep = (state: CityTargetsResponse) => {
    setVersion(state.version);
    client.setQueryData(targetQueries.city(cityId).queryKey, state);
  };
  const write = ({ request, basedOn }: VersionedWrite<TargetsRequest>) =>
    adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/targets`, targetsResponseSchema, {
      method: 'PUT',
      body: request,
      ifMatch: basedOn,
    });
  const saving = useVersionedSave(write, (saved) => {
    keep({ cityId, targets: saved.targets, version: saved.version });
    return invalidateAfterWrite(client);
  });
  return { ...saving, version, keep };
}

interface DraftsProps {
  drafts: readonly TargetDraft[];
  errors: TargetErrors | null;
  /** The server's message about one field of one target. */
  serverError: { index: number; field: TargetField; message: string } | null;
  onChange: (update: (drafts: TargetDraft[]) => TargetDraft[]) => void;
  onRemoved: () => void;
  pending: boolean;
}

/** Every target's fieldset, and the buttons to add one and to save. */
function TargetDrafts({ drafts, errors, serverError, onChange, onRemoved, pending }: DraftsProps) {
  const { t } = useI18n('admin');
  return (
    <>
      {drafts.length === 0 && <p className="notice notice--info">{t('admin.targets.none')}</p>}
      {drafts.map((draft, index) => (
        <TargetFieldset
          key={draft.key}
          draft={draft}
          number={index + 1}
          errors={errors?.[index]}
          serverError={serverError?.index === index ? serverError : null}
          onChange={(next) => onChange((all) => all.map((d) => (d.key === draft.key ? next : d)))}
          onRemove={() => {
            onChange((all) => all.filter((d) => d.key !== draft.key));
            onRemoved();
          }}
        />
      ))}
      <div className="admin-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange((all) => [...all, emptyTargetDraft()])}
        >
          {t('admin.targets.add')}
        </button>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('admin.targets.saving') : t('admin.targets.save')}
        </button>
      </div>
    </>
  );
}
