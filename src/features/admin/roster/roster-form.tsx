/**
 * Add a municipality to the programme, correct its membership or mark it as having left, saved
 * based on the version of its memberships (If-Match); a 412 shows yours against theirs.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  cityMembershipsSchema,
  membershipResponseSchema,
  type CityMembershipsResponse,
  type MembershipRequest,
} from '../../../../contract/admin.ts';
import type { Cohort, Municipality } from '../../../../contract/roster.ts';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { invalidateAfterWrite } from '../queries.ts';
import { SaveOutcome } from '../save-outcome.tsx';
import { useVersionedSave, type VersionedWrite } from '../use-versioned-save.ts';
import { VersionConflictView } from '../version-conflict.tsx';
import { rosterQueries } from './queries.ts';
import {
  draftFromMembership,
  fieldOfProblem,
  validateMembership,
  type MembershipErrors,
  type MembershipField,
} from './roster-draft.ts';
import { RosterFields } from './roster-fields.tsx';

interface Props {
  city: Municipality;
  cohorts: readonly Cohort[];
  members: readonly Municipality[];
  stored: CityMembershipsResponse;
}

export function RosterForm({ city, cohorts, members, stored }: Props) {
  const { t, lang } = useI18n('admin');
  const form = useRosterForm(city, cohorts, stored);
  const { draft, save, refused } = form;
  const cohortName = (id: string) => cohorts.find((c) => c.id === id)?.label[lang] ?? id;
  const describe = (m: { cohortId: string; joinedOn: string; leftOn: string | null } | undefined) =>
    m ? `${cohortName(m.cohortId)}, ${m.joinedOn}${m.leftOn ? ` – ${m.leftOn}` : ''}` : t('admin.roster.none');
  return (
    <form className="admin-form admin-grid" onSubmit={form.submit} noValidate>
      <RosterFields
        draft={draft}
        cohorts={cohorts}
        members={members.filter((m) => m.id !== city.id)}
        needsPartner={form.needsPartner}
        errorOf={form.errorOf}
        set={form.set}
      />
      <div className="admin-actions admin-field--wide">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('admin.roster.saving') : t('admin.roster.save')}
        </button>
      </div>
      {refused && (
        <div className="admin-field--wide">
          <VersionConflictView
            what={t('admin.roster.what', { city: city.name })}
            conflict={refused.conflict}
            yours={<p>{describe({ ...refused.request, leftOn: refused.request.leftOn ?? null })}</p>}
            theirs={<p>{describe(form.theirs?.memberships.find((m) => m.programme === 'kns2030'))}</p>}
            onReapply={form.reapply}
            onDiscard={form.discard}
            pending={save.isPending}
          />
        </div>
      )}
      <SaveOutcome
        className="admin-field--wide"
        fixFields={t('admin.roster.fixFields')}
        invalid={Object.keys(form.errors).length > 0}
        discarded={form.discarded}
        saved={save.isSuccess && <p role="status">{t('admin.roster.saved', { city: city.name })}</p>}
        error={save.error}
        unreadable={refused !== null && form.theirs === null}
        atField={form.serverField !== null}
      />
    </form>
  );
}

function useRosterForm(city: Municipality, cohorts: readonly Cohort[], stored: CityMembershipsResponse) {
  const { t, lang } = useI18n('admin');
  const client = useQueryClient();
  const current = stored.memberships.find((m) => m.programme === 'kns2030');
  const [draft, setDraft] = useState(() => draftFromMembership(current, lang));
  const [errors, setErrors] = useState<MembershipErrors>({});
  const [discarded, setDiscarded] = useState(false);
  const { save, refused, reapply, clear } = useRosterSave(city.id);
  const parsed = refused ? cityMembershipsSchema.safeParse(refused.conflict.current) : null;
  const theirs = parsed?.success ? parsed.data : null;
  const needsPartner = cohorts.find((c) => c.id === draft.cohortId)?.kind === 'twin';
  const serverField = save.error instanceof ApiError ? fieldOfProblem(save.error.problem?.parameter) : null;
  const errorOf = (field: MembershipField) =>
    errors[field] ? t(errors[field]) : serverField === field ? save.error?.message : null;
  const set = (field: MembershipField) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { request, errors: found } = validateMembership(draft, needsPartner);
    setErrors(found ?? {});
    setDiscarded(false);
    clear();
    if (request) save.mutate({ request, basedOn: stored.version });
  };
  const discard = () => {
    if (!refused || !theirs) return;
    client.setQueryData(rosterQueries.city(city.id).queryKey, { ...theirs, version: refused.conflict.currentVersion });
    setDraft(
      draftFromMembership(
        theirs.memberships.find((m) => m.programme === 'kns2030'),
        lang,
      ),
    );
    clear();
    setDiscarded(true);
  };
  return {
    draft,
    set,
    errorOf,
    errors,
    needsPartner,
    save,
    refused,
    reapply,
    theirs,
    serverField,
    submit,
    discard,
    discarded,
  };
}

/** `PUT …/memberships/kns2030`; a success refreshes the municipality's memberships and every view. */
function useRosterSave(cityId: string) {
  const client = useQueryClient();
  const write = ({ request, basedOn }: VersionedWrite<MembershipRequest>) =>
    adminFetch(`/api/v1/admin/cities/${encodeURIComponent(cityId)}/memberships/kns2030`, membershipResponseSchema, {
      method: 'PUT',
      body: request,
      ifMatch: basedOn,
    });
  return useVersionedSave(write, (saved) => {
    client.setQueryData(rosterQueries.city(cityId).queryKey, {
      cityId: saved.cityId,
      memberships: saved.memberships,
      version: saved.version,
    });
    return invalidateAfterWrite(client);
  });
}
