import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { currentReleaseResponseSchema, type ReleaseSummary } from '../../../../contract/admin.ts';
import { ErrorState, Loading } from '../../../components/query-states.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { invalidateAfterWrite, releaseQueries } from '../queries.ts';
import { ConfirmCurrent } from './confirm-current.tsx';
import { yearRanges } from './release-preview.tsx';

/** Every stored release; an earlier one can be made current again, after a confirmation. */
export function ReleasesList() {
  const { t, lang } = useI18n();
  const id = useId();
  const client = useQueryClient();
  const releases = useQuery(releaseQueries.list());
  const [asked, setAsked] = useState<ReleaseSummary | null>(null);
  const makeCurrent = useMutation({
    mutationFn: (releaseId: string) => adminFetch('/api/v1/admin/releases/current', currentReleaseResponseSchema, { method: 'PUT', body: { releaseId } }),
    onSuccess: () => {
      setAsked(null);
      return invalidateAfterWrite(client);
    },
  });

  const label = (release: ReleaseSummary) => `${release.label[lang]} (${release.id})`;
  const current = releases.data?.releases.find((r) => r.current);
  return (
    <section className="admin-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.releases.heading')}</h2>
      {makeCurrent.isSuccess && (
        <p className="admin-success" role="status">
          {t('admin.releases.switched', { release: label(makeCurrent.data.release), audit: makeCurrent.data.auditId ?? '–' })}
        </p>
      )}
      {makeCurrent.isError && <AdminError error={makeCurrent.error} />}
      {asked && current && (
        <ConfirmCurrent
          question={t('admin.releases.confirm', { release: label(asked), current: label(current) })}
          busy={makeCurrent.isPending}
          onConfirm={() => makeCurrent.mutate(asked.id)}
          onCancel={() => setAsked(null)}
        />
      )}
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
                <th scope="col" className="num">{t('admin.releases.cities')}</th>
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
                      ? t('admin.releases.importedBy', { when: formatDateTime(release.importedAt, lang), who: release.importedBy ?? '–' })
                      : t('admin.releases.seeded')}
                  </td>
                  <td>
                    {release.current ? (
                      <strong>{t('admin.releases.current')}</strong>
                    ) : (
                      <span className="admin-row-actions">
                        <button type="button" className="chip" aria-label={t('admin.releases.makeCurrentLabel', { release: label(release) })} onClick={() => setAsked(release)}>
                          {t('admin.releases.makeCurrent')}
                        </button>
                        <Link to={`/compare?release=${encodeURIComponent(release.id)}`} aria-label={t('admin.releases.viewLabel', { release: label(release) })}>
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
