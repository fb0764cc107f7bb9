import { memo, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ScrollTable } from '../../components/data-table.tsx';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { chunks } from '../../lib/chunks.ts';
import type { SectorChangesResponse } from '../../../contract/peers.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { changeValue, formatChangeValue } from '../../lib/peer-format.ts';
import { cellChange, colourStep, type MatrixRow, type MatrixSortKey, type MatrixView } from './matrix-state.ts';
import { SortHeader } from '../../components/sort-header.tsx';

interface MatrixTableProps {
  data: SectorChangesResponse;
  /** Rows in the order to show. */
  rows: readonly MatrixRow[];
  view: MatrixView;
  onSort: (key: MatrixSortKey) => void;
}

/** Rows hydrated together: the matrix of all 290 municipalities becomes interactive in parts. */
const ROWS_PER_PART = 40;

/** One city's row, a component of its own so rendering a long matrix yields between rows. */
const MatrixRowView = memo(function MatrixRowView({
  row,
  keys,
  view,
  fromYear,
}: {
  row: MatrixRow;
  keys: readonly string[];
  view: MatrixView;
  fromYear: number;
}) {
  return (
    <tr>
      <th scope="row">
        <Link to={`/cities/${row.cityId}`}>{row.name}</Link>
      </th>
      {keys.map((key) => (
        <MatrixCell
          key={key}
          value={changeValue(cellChange(row, key), view.unit)}
          view={view}
          fromYear={fromYear}
          total={key === 'total'}
        />
      ))}
    </tr>
  );
});

/** City × sector change: sortable headers (buttons with aria-sort), a signed number in every cell, colour as a second signal. */
export function MatrixTable({ data, rows, view, onSort }: MatrixTableProps) {
  const { t, lang } = useI18n('figure-sector-matrix');
  const caption = t('matrix.caption', {
    from: data.fromYear,
    to: data.toYear,
    unit: t(`matrix.unit.${view.unit}`),
    release: data.release.label[lang],
  });
  const columns = [
    { key: 'name', label: t('matrix.city') },
    { key: 'total', label: t('matrix.total') },
    ...data.sectors.map((s) => ({ key: s.id, label: s.label[lang] })),
  ];
  // The same for every row, so the rows' memo holds while the view is unchanged.
  const cellKeys = useMemo(() => ['total', ...data.sectors.map((sector) => sector.id)], [data.sectors]);
  return (
    <ScrollTable
      caption={caption}
      className="data-table--compact sector-matrix"
      wrapClassName="matrix-wrap"
      after={
        view.unit === 'percent' && (
          <p className="footnote" aria-hidden="true">
            {t('matrix.none')} = {t('matrix.noneLabel', { from: data.fromYear })}
          </p>
        )
      }
    >
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
        {chunks(rows, ROWS_PER_PART).map((part, i) => (
          <HydrateApart key={i}>
            {part.map((row) => (
              <MatrixRowView key={row.cityId} row={row} keys={cellKeys} view={view} fromYear={data.fromYear} />
            ))}
          </HydrateApart>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function MatrixCell({
  value,
  view,
  fromYear,
  total,
}: {
  value: number | null;
  view: MatrixView;
  fromYear: number;
  total: boolean;
}) {
  const { t, lang } = useI18n('figure-sector-matrix');
  const step = colourStep(value, view.unit);
  const className = [
    'num',
    'matrix-cell',
    step === null
      ? 'matrix-cell--none'
      : `matrix-cell--${step < 0 ? 'cut' : step > 0 ? 'rise' : 'flat'}${Math.abs(step) || ''}`,
    total ? 'matrix-cell--total' : '',
  ]
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
