/** The table of stored releases: label, years, cities, who imported it, and for each earlier one "make current" and a link to view it. */
import { Link } from 'react-router-dom';
import type { ReleaseSummary } from '../../../../contract/admin.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { yearRanges } from './release-preview.tsx';

interface Props {
  releases: readonly ReleaseSummary[];
  /** A release in words: "SMHI 2024 (smhi-thru2024)". */
  label: (release: ReleaseSummary) => string;
  onMakeCurrent: (release: ReleaseSummary) => void;
}

export function ReleasesTable({ releases, label, onMakeCurrent }: Props) {
  const { t } = useI18n('admin');
  return (
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
          {releases.map((release) => (
            <ReleaseRow key={release.id} release={release} label={label} onMakeCurrent={onMakeCurrent} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReleaseRow({ release, label, onMakeCurrent }: Omit<Props, 'releases'> & { release: ReleaseSummary }) {
  const { t, lang } = useI18n('admin');
  return (
    <tr className={release.current ? 'is-current' : undefined}>
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
              onClick={() => onMakeCurrent(release)}
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
  );
}
