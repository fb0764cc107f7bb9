import { useI18n } from '../lib/i18n.tsx';

interface SortHeaderProps {
  label: string;
  /** Whether the table is sorted by this column. */
  active: boolean;
  direction: 'asc' | 'desc';
  numeric?: boolean;
  onSort: () => void;
}

/** A column header that sorts its table: a button named for the column, and aria-sort on the column sorted by. */
export function SortHeader({ label, active, direction, numeric = false, onSort }: SortHeaderProps) {
  const { t } = useI18n();
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={onSort} title={t('table.sortBy', { column: label })}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
