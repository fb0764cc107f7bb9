import { Link, useSearchParams } from 'react-router-dom';
import { memo } from 'react';
import type { CitiesResponse, CitySummary } from '../../../contract/cities.ts';
import type { Cohort } from '../../../contract/roster.ts';
import { cohortLabel } from '../../lib/roster.ts';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { chunks } from '../../lib/chunks.ts';
import { formatChange, formatPerCapita, formatTonnes } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMyCity } from '../../lib/my-city.tsx';
import type { TranslationKey } from '../../lib/i18n.tsx';
import { OverviewExport } from './overview-export.tsx';
import { ContractCell } from './contract-cell.tsx';
import { defaultDirection, parseSort, sortCities, type SortKey } from './sort-cities.ts';
import { SortHeader } from '../../components/sort-header.tsx';
import { TargetStandingBadge } from '../../components/on-track-badge.tsx';

const COLUMNS = [
  { key: 'name', label: 'table.name', numeric: false },
  { key: 'lan', label: 'table.lan', numeric: false },
  { key: 'cohort', label: 'table.cohort', numeric: false },
  { key: 'contract', label: 'table.contract', numeric: false },
  { key: 'latest', label: 'table.latest', numeric: true },
  { key: 'perCapita', label: 'table.perCapita', numeric: true },
  { key: 'change1990', label: 'table.change1990', numeric: true },
  { key: 'change2015', label: 'table.change2015', numeric: true },
  { key: 'target', label: 'table.target', numeric: false },
] as const satisfies { key: SortKey; label: TranslationKey<'overview'>; numeric?: boolean }[];

/** Rows hydrated together: a long table (all 290 municipalities) becomes interactive in parts. */
const ROWS_PER_PART = 40;

/** One city's row: a component of its own, so rendering a long table yields between rows. */
const CityRow = memo(function CityRow({
  city,
  cohorts,
  year,
  mine,
}: {
  city: CitySummary;
  cohorts: Cohort[];
  year: number;
  mine: boolean;
}) {
  const { t, lang } = useI18n('overview');
  const noData = <span className="muted">{t('table.noData')}</span>;
  return (
    <tr className={mine ? 'is-my-city' : undefined}>
      <th scope="row">
        <Link to={`/cities/${city.id}`}>{city.name}</Link>
        {mine && <span className="badge"> ★ {t('myCity.badge')}</span>}
      </th>
      <td className="cities-table__lan">{city.lan.name}</td>
      <td className="cities-table__aside" data-label={t('table.cohort')}>
        {cohortLabel(city, cohorts, lang) ?? noData}
      </td>
      <td className="cities-table__contract">
        <ContractCell contract={city.contract} />
      </td>
      <td className="num cities-table__figure" data-label={t('table.latest', { year })}>
        {city.latest ? formatTonnes(city.latest.tonnesCo2e, lang) : noData}
      </td>
      <td className="num cities-table__figure" data-label={t('table.perCapita')}>
        {city.latest?.tonnesPerCapita != null ? formatPerCapita(city.latest.tonnesPerCapita, lang) : noData}
      </td>
      <td className="num cities-table__figure" data-label={t('table.change1990')}>
        {city.changeSince1990Percent !== null ? formatChange(city.changeSince1990Percent, lang) : noData}
      </td>
      <td className="num cities-table__aside" data-label={t('table.change2015')}>
        {city.changeSince2015Percent !== null ? formatChange(city.changeSince2015Percent, lang) : noData}
      </td>
      <td className="cities-table__target" data-label={t('table.target')}>
        <TargetStandingBadge standing={city.assessment.targetStanding} />
      </td>
    </tr>
  );
});

/** The cities, sortable by any column; the sort lives in the URL so a link keeps it. */
export function CitiesTable({ data }: { data: CitiesResponse }) {
  const { t, lang } = useI18n('overview');
  const { myCity } = useMyCity();
  const [params, setParams] = useSearchParams();
  const sort = parseSort(params.get('sort'), params.get('dir'));
  const rows = sortCities(data.cities, sort.key, sort.direction);
  const year = data.release.dataThroughYear;
  const hasInferred = data.cities.some((c) => c.contract.firstSignedDateCertainty === 'inferred');

  const sortBy = (key: SortKey) => {
    const direction = key === sort.key ? (sort.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
    const next = new URLSearchParams(params);
    next.set('sort', key);
    next.set('dir', direction);
    setParams(next, { replace: true });
  };

  return (
    <>
      <OverviewExport cities={rows} cohorts={data.cohorts} release={data.release} />
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('table.caption', { count: data.cities.length, year, release: data.release.label[lang] })}
      >
        <table className="data-table cities-table">
          <caption>
            {t('table.caption', { count: data.cities.length, year, release: data.release.label[lang] })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column.key}
                  label={t(column.label, { year })}
                  active={sort.key === column.key}
                  direction={sort.direction}
                  numeric={column.numeric}
                  onSort={() => sortBy(column.key)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {chunks(rows, ROWS_PER_PART).map((part, i) => (
              <HydrateApart key={i}>
                {part.map((city) => (
                  <CityRow key={city.id} city={city} cohorts={data.cohorts} year={year} mine={city.id === myCity} />
                ))}
              </HydrateApart>
            ))}
          </tbody>
        </table>
        {hasInferred && <p className="footnote">{t('table.inferredNote')}</p>}
      </div>
    </>
  );
}
