/** The table of recorded signings (./signings-section.tsx), each row with Correct and Remove. */
import type { CitySummary } from '../../../../contract/cities.ts';
import type { Signing } from '../../../../contract/contracts.ts';
import { compareNames, formatDay } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

interface Props {
  signings: readonly Signing[];
  cities: readonly CitySummary[];
  onEdit: (signing: Signing) => void;
  onRemove: (signing: Signing) => void;
}

/** Every recorded signing, newest version first, each with buttons to correct it and to remove it. */
export function SigningsTable({ signings, cities, onEdit, onRemove }: Props) {
  const { t } = useI18n('admin');
  const name = (id: string) => cities.find((c) => c.id === id)?.name ?? id;
  const sorted = [...signings].sort(
    (a, b) =>
      b.versionId.localeCompare(a.versionId) ||
      compareNames(name(a.cityId), name(b.cityId)) ||
      a.kind.localeCompare(b.kind),
  );
  return (
    <div className="table-wrap admin-scroll" tabIndex={0} role="region" aria-label={t('admin.signings.caption')}>
      <table className="data-table data-table--compact">
        <caption>{t('admin.signings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.signings.city')}</th>
            <th scope="col">{t('admin.signings.version')}</th>
            <th scope="col">{t('admin.signings.kind')}</th>
            <th scope="col">{t('admin.signings.certainty')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.signings.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <SigningRow
              key={`${s.cityId}-${s.versionId}-${s.kind}`}
              signing={s}
              cityName={name(s.cityId)}
              onEdit={onEdit}
              onRemove={onRemove}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps extends Pick<Props, 'onEdit' | 'onRemove'> {
  signing: Signing;
  cityName: string;
}

function SigningRow({ signing: s, cityName, onEdit, onRemove }: RowProps) {
  const { t, lang } = useI18n('admin');
  return (
    <tr>
      <th scope="row">{cityName}</th>
      <td>{s.versionId}</td>
      <td>{t(`admin.signings.kind.${s.kind}`)}</td>
      <td>
        {formatDay(s.signedOn, lang)}{' '}
        <span className="muted">
          ({t(s.dateCertainty === 'inferred' ? 'admin.signings.inferred' : 'admin.signings.stated')})
        </span>
      </td>
      <td>
        <span className="admin-row-actions">
          <button
            type="button"
            className="chip"
            aria-label={t('admin.signings.editLabel', { city: cityName, version: s.versionId })}
            onClick={() => onEdit(s)}
          >
            {t('admin.signings.edit')}
          </button>
          <button
            type="button"
            className="chip"
            aria-label={t('admin.signings.removeLabel', { city: cityName, version: s.versionId })}
            onClick={() => onRemove(s)}
          >
            {t('admin.signings.remove')}
          </button>
        </span>
      </td>
    </tr>
  );
}
