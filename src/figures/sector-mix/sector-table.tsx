import { useId } from 'react';
import { ScrollTable, TableHead } from '../../components/data-table.tsx';
import { formatTonnes, numberFormat, type Lang } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { sectorPaint, type SectorYear } from './sector-series.ts';

interface SectorTableProps {
  cityName: string;
  /** The chosen year's sectors, from sectorYear. */
  data: SectorYear;
  /** Reported years with sector figures, to choose among. */
  years: number[];
  onYearChange: (year: number) => void;
}

/** 37,9 % (sv), 37.9% (en). */
function formatShare(percent: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}

/** The sectors of one reported year: tonnes and share of the total, with a year picker. */
export function SectorTable({ cityName, data, years, onYearChange }: SectorTableProps) {
  const { t, lang } = useI18n('figure-sector-mix');
  const selectId = useId();
  const caption = t('city.sectors.caption', { city: cityName, year: data.year });
  return (
    <div className="sector-table">
      <h3>{t('city.sectors.tableHeading')}</h3>
      <p className="sector-table__year">
        <label htmlFor={selectId}>{t('city.sectors.year')}</label>{' '}
        <select id={selectId} value={data.year} onChange={(event) => onYearChange(Number(event.target.value))}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </p>
      <ScrollTable caption={caption}>
        <TableHead
          columns={[
            { label: t('city.sectors.sector'), className: 'sector-table__th' },
            { label: t('city.sectors.tonnes'), numeric: true, className: 'sector-table__th' },
            { label: t('city.sectors.share'), numeric: true, className: 'sector-table__th' },
          ]}
        />
        <tbody>
          {data.sectors.map((sector) => (
            <tr key={sector.id}>
              <th scope="row">
                <span className="sector-table__name">
                  <span className="swatch" style={{ background: sectorPaint(sector.color) }} aria-hidden="true" />
                  {sector.label}
                </span>
              </th>
              <td className="num">{formatTonnes(sector.tonnesCo2e, lang)}</td>
              <td className="num">{sector.sharePercent === null ? '' : formatShare(sector.sharePercent, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('city.sectors.total')}</th>
            <td className="num">{formatTonnes(data.totalTonnes, lang)}</td>
            <td className="num">{data.totalTonnes === 0 ? '' : formatShare(100, lang)}</td>
          </tr>
        </tfoot>
      </ScrollTable>
    </div>
  );
}
