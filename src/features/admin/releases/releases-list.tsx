import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { currentReleaseResponseSchema, type ReleaseSummary } from '../../../../contract/admin.ts';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { releaseQueries } from '../queries.ts';
import { ConfirmCurrent } from './confirm-current.tsx';
import { currentReleaseQuery, invalidateAfterReleaseWrite, releaseConflictOf } from './queries.ts';
import { ReleaseConflict } from './release-conflict.tsx';
import { yearRanges } from './release-preview.tsx';

/**
 * Every stored release; an earlier one can be made current again, after a confirmation.
 * The switch sends the current release's version as If-Match: when another coordinator
 * changed it since, the server refuses (412) and the list says whose change it was.
 */
export function ReleasesList() {
  const { t, lang } = useI18n();
  const id = useId();
  const client = useQueryClient();
  const releases = useQuery(releaseQueries.list());
  const versioned = useQuery(currentReleaseQuery());
  const [asked, setAsked] = useState<ReleaseSummary | null>(null);
  const makeCurrent = useMutation({
    mutationFn: ({ releaseId, version }: { releaseId: string; version: string; yours: string | null }) =>
      adminFetch('/api/v1/admin/releases/current', currentReleaseResponseSchema, {
        method: 'PUT',
        body: { releaseId },
        ifMatch: version,
      }),
    onSuccess: () => {
      setAsked(null);
      return invalidateAfterReleaseWrite(client);
    },
    onError: (error) => {
      if (releaseConflictOf(error)) {
        setAsked(null);
        return invalidateAfterReleaseWrite(client);
      }
    },
  });
  const theirs = releaseConflictOf(makeCurrent.error);

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
      {makeCurrent.isError &&
        (theirs ? (
          <ReleaseConflict
            yours={makeCurrent.variables.yours}
            theirs={theirs}
            context="list"
            actions={
              <button type="button" className="button" onClick={() => makeCurrent.reset()}>
                {t('admin.releaseConflict.dismiss')}
              </button>
            }
          />
        ) : (
          <AdminError error={makeCurrent.error} />
        ))}
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
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption>{t('admin.releases.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.releases.release')}</th>
                <th scope="col">{t('admin.releases.years')}</th>
                <th scope="col" className="num">
                  {t('admin.releases.cities')}
                </th>
                <th scope="col">{t('admin.releases.imported')}</th>
                <th scope="col">{t('admin.releases.status')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.data.releases.map((release) => (
                <tr key={release.id} className={release.current ? 'is-current' : undefined}>
                  <th scope="row">
                    {release.label[lang]}
                    <span className="admin-id">{release.id}</span>
                  </th>
                  <td>{yearRanges(release.years)}</td>
                  <td className="num">{release.cityCount}</td>
                  <td>
                    {release.importedAt
                      ? t('admin.releases.importedBy', {
                          when: formatDateTime(release.importedAt, lang),
                          who: release.importedBy ?? '–',
                        })
                      : t('admin.releases.seeded')}
                  </td>
                  <td>
                    {release.current ? (
                      <strong>{t('admin.releases.current')}</strong>
                    ) : (
                      <span className="admin-row-actions">
                        <button
                          type="button"
                          className="chip"
                          aria-label={t('admin.releases.makeCurrentLabel', { release: label(release) })}
                          onClick={() => setAsked(release)}
                        >
                          {t('admin.releases.makeCurrent')}
                        </button>
                        <Link
                          to={`/compare?release=${encodeURIComponent(release.id)}`}
                          aria-label={t('admin.releases.viewLabel', { release: label(release) })}
                        >
                          {t('admin.releases.view')}
                        </Link>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
