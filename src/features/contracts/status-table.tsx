import { Link } from 'react-router-dom';
import type { CitySummary } from '../../../contract/cities.ts';
import { formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMyCity } from '../../lib/my-city.tsx';

/** Every city's status on the chosen day, as the server computes it. */
export function StatusTable({ cities, asOf }: { cities: CitySummary[]; asOf: string }) {
  const { t, lang } = useI18n('contracts');
  const { myCity } = useMyCity();
  const caption = t('contracts.statusTable', { date: formatDay(asOf, lang) });
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col" className="num">
              {t('table.wave')}
            </th>
            <th scope="col">{t('table.contract')}</th>
            <th scope="col">{t('contracts.firstSigned')}</th>
          </tr>
        </thead>
        <tbody>
          {cities.map((city) => (
            <tr key={city.id} className={city.id === myCity ? 'is-my-city' : undefined}>
              <th scope="row">
                <Link to={`/cities/${city.id}`}>{city.name}</Link>
              </th>
              <td className="num">{city.wave ?? '–'}</td>
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
      </table>
    </div>
  );
}
