/** The table of a preview's largest differences in city totals (./release-preview.tsx). */
import type { ReleaseDifference } from '../../../../contract/admin.ts';
import { formatChange, formatTonnes, formatTonnesChange } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

const NUMBER_COLUMNS = ['year', 'current', 'proposed', 'change', 'changePercent'] as const;

/** The largest differences in city totals, current release against the upload. */
export function DifferencesTable({ differences }: { differences: readonly ReleaseDifference[] }) {
  const { t, lang } = useI18n('admin');
  if (differences.length === 0) return <p>{t('admin.diff.empty')}</p>;
  const tonnes = (value: number | null) => (value === null ? t('admin.diff.missing') : formatTonnes(value, lang));
  return (
    <div className="table-wrap">
      <table className="data-table data-table--compact">
        <caption>{t('admin.diff.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.diff.city')}</th>
            {NUMBER_COLUMNS.map((column) => (
              <th key={column} scope="col" className="num">
                {t(`admin.diff.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {differences.map((d) => (
            <tr key={`${d.cityId}-${d.year}-${d.sectorId ?? 'total'}`}>
              <th scope="row">
                {d.cityName}
                {d.sectorId && <span className="muted"> · {d.sectorId}</span>}
              </th>
              <td className="num">{d.year}</td>
              <td className="num">{tonnes(d.currentTonnes)}</td>
              <td className="num">{tonnes(d.proposedTonnes)}</td>
              <td className="num">{d.changeTonnes === null ? '–' : formatTonnesChange(d.changeTonnes, lang)}</td>
              <td className="num">{d.changePercent === null ? '–' : formatChange(d.changePercent, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
