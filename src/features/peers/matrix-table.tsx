import { Link } from 'react-router-dom';
import type { SectorChangesResponse } from '../../../contract/peers.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { changeValue, formatChangeValue } from './peer-format.ts';
import { cellChange, colourStep, type MatrixRow, type MatrixSortKey, type MatrixView } from './matrix-state.ts';
import { SortHeader } from '../../components/sort-header.tsx';

interface MatrixTableProps {
  data: SectorChangesResponse;
  /** Rows in the order to show. */
  rows: readonly MatrixRow[];
  view: MatrixView;
  onSort: (key: MatrixSortKey) => void;
}

/** City × sector change: sortable headers (buttons with aria-sort), a signed number in every cell, colour as a second signal. */
export function MatrixTable({ data, rows, view, onSort }: MatrixTableProps) {
  const { t, lang } = useI18n();
  const caption = t('matrix.caption', { from: data.fromYear, to: data.toYear, unit: t(`matrix.unit.${view.unit}`), release: data.release.label[lang] });
  const columns = [{ key: 'name', label: t('matrix.city') }, { key: 'total', label: t('matrix.total') }, ...data.sectors.map((s) => ({ key: s.id, label: s.label[lang] }))];
  return (
    <div className="table-wrap matrix-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table data-table--compact sector-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader
                key={column.key}
                label={column.label}
                active={view.sort === column.key}
                direction={view.direction}
                numeric={column.key !== 'name'}
                onSort={() => onSort(column.key)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cityId}>
              <th scope="row">
                <Link to={`/cities/${row.cityId}`}>{row.name}</Link>
              </th>
              {columns.slice(1).map((column) => (
                <MatrixCell key={column.key} value={changeValue(cellChange(row, column.key), view.unit)} view={view} fromYear={data.fromYear} total={column.key === 'total'} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {view.unit === 'percent' && (
        <p className="footnote" aria-hidden="true">
          {t('matrix.none')} = {t('matrix.noneLabel', { from: data.fromYear })}
        </p>
      )}
    </div>
  );
}

function MatrixCell({ value, view, fromYear, total }: { value: number | null; view: MatrixView; fromYear: number; total: boolean }) {
  const { t, lang } = useI18n();
  const step = colourStep(value, view.unit);
  const className = ['num', 'matrix-cell', step === null ? 'matrix-cell--none' : `matrix-cell--${step < 0 ? 'cut' : step > 0 ? 'rise' : 'flat'}${Math.abs(step) || ''}`, total ? 'matrix-cell--total' : '']
    .filter(Boolean)
    .join(' ');
  if (value === null) {
    return (
      <td className={className}>
        <span aria-hidden="true">{t('matrix.none')}</span>
        <span className="visually-hidden">{t('matrix.noneLabel', { from: fromYear })}</span>
      </td>
    );
  }
  return <td className={className}>{formatChangeValue(value, view.unit, lang)}</td>;
}
