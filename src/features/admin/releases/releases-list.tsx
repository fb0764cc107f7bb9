/** The admin list of stored releases, with "make current" for an earlier one (If-Match on the current release). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { currentReleaseResponseSchema, type ReleaseSummary } from '../../../../contract/admin.ts';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { releaseQueries } from '../queries.ts';
import { ConfirmCurrent } from './confirm-current.tsx';
import { currentReleaseQuery, invalidateAfterReleaseWrite, releaseConflictOf } from './queries.ts';
import { ReleaseConflict } from './release-conflict.tsx';
import { ReleasesTable } from './releases-table.tsx';

/**
 * Every stored release; an earlier one can be made current again, after a confirmation.
 * The switch sends the current release's version as If-Match: when another coordinator
 * changed it since, the server refuses (412) and the list says whose change it was.
 */
export function ReleasesList() {
  const { t, lang } = useI18n('admin');
  const id = useId();
  const releases = useQuery(releaseQueries.list());
  const versioned = useQuery(currentReleaseQuery());
  const [asked, setAsked] = useState<ReleaseSummary | null>(null);
  const makeCurrent = useMakeCurrent(() => setAsked(null));

  const label = (release: ReleaseSummary) => `${release.label[lang]} (${release.id})`;
  const current = releases.data?.releases.find((r) => r.current);
  return (
    <section className="admin-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.releases.heading')}</h2>
      {makeCurrent.isSuccess && (
        <p className="admin-success" role="status">
          {t('admin.releases.switched', {
            release: label(makeCurrent.data.release),
            audit: makeCurrent.data.auditId ?? '–',
          })}
        </p>
      )}
      {makeCurrent.isError && <MakeCurrentRefused makeCurrent={makeCurrent} />}
      {asked && current && (
        <ConfirmCurrent
          question={t('admin.releases.confirm', { release: label(asked), current: label(current) })}
          busy={makeCurrent.isPending || !versioned.data}
          onConfirm={() =>
            versioned.data &&
            makeCurrent.mutate({
              releaseId: asked.id,
              version: versioned.data.version,
              yours: versioned.data.currentReleaseId,
            })
          }
          onCancel={() => setAsked(null)}
        />
      )}
      {versioned.isError && <AdminError error={versioned.error} onRetry={() => void versioned.refetch()} />}
      {releases.isPending ? (
        <Loading />
      ) : releases.isError ? (
        <ErrorState error={releases.error} onRetry={() => void releases.refetch()} />
      ) : (
        <ReleasesTable releases={releases.data.releases} label={label} onMakeCurrent={setAsked} />
      )}
    </section>
  );
}

/** `PUT /api/v1/admin/releases/current`; a success or a 412 closes the question and refreshes what changed. */
function useMakeCurrent(onSettled: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ releaseId, version }: { releaseId: string; version: string; yours: string | null }) =>
      adminFetch('/api/v1/admin/releases/current', currentReleaseResponseSchema, {
        method: 'PUT',
        body: { releaseId },
        ifMatch: version,
      }),
    onSuccess: () => {
      onSettled();
      return invalidateAfterReleaseWrite(client);
    },
    onError: (error) => {
      if (releaseConflictOf(error)) {
        onSettled();
        return invalidateAfterReleaseWrite(client);
      }
    },
  });
}

/** A refused switch: the conflict (whose release is current now) after a 412, else the error. */
function MakeCurrentRefused({ makeCurrent }: { makeCurrent: ReturnType<typeof useMakeCurrent> }) {
  const { t } = useI18n('admin');
  const theirs = releaseConflictOf(makeCurrent.error);
  if (!theirs) return <AdminError error={makeCurrent.error} />;
  return (
    <ReleaseConflict
      yours={makeCurrent.variables?.yours ?? null}
      theirs={theirs}
      context="list"
      actions={
        <button type="button" className="button" onClick={() => makeCurrent.reset()}>
          {t('admin.releaseConflict.dismiss')}
        </button>
      }
    />
  );
}
