import { Link } from 'react-router-dom';
import type { CitySummary } from '../../../contract/cities.ts';
import type { Cohort } from '../../../contract/roster.ts';
import { cohortLabel } from '../../lib/roster.ts';
import { ScrollTable, TableHead } from '../../components/data-table.tsx';
import { formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMyCity } from '../../lib/my-city.tsx';

/** Every city's status on the chosen day, as the server computes it. */
export function StatusTable({ cities, cohorts, asOf }: { cities: CitySummary[]; cohorts: Cohort[]; asOf: string }) {
  const { t, lang } = useI18n('contracts');
  const { myCity } = useMyCity();
  const caption = t('contracts.statusTable', { date: formatDay(asOf, lang) });
  return (
    <ScrollTable caption={caption}>
      <TableHead
        columns={[
          { label: t('table.name') },
          { label: t('table.cohort') },
          { label: t('table.contract') },
          { label: t('contracts.firstSigned') },
        ]}
      />
      <tbody>
        {cities.map((city) => (
          <tr key={city.id} className={city.id === myCity ? 'is-my-city' : undefined}>
            <th scope="row">
              <Link to={`/cities/${city.id}`}>{city.name}</Link>
            </th>
            <td>{cohortLabel(city, cohorts, lang) ?? '–'}</td>
            <td>
              <span className={`status status--${city.contract.status}`}>
                <span className="status__label">{t(`status.${city.contract.status}`)}</span>
              </span>
            </td>
            <td>
              {city.contract.firstSignedOn ? formatDay(city.contract.firstSignedOn, lang) : '–'}
              {city.contract.firstSignedDateCertainty === 'inferred' && <abbr title={t('table.inferred')}>*</abbr>}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
