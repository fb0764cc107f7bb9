import type { ReactNode } from 'react';

interface ScrollTableProps {
  /** Names the table and the region that scrolls it. */
  caption: string;
  /** Classes beside `data-table` on the table, and beside `table-wrap` on the region. */
  className?: string;
  wrapClassName?: string;
  /** A table's head, body and foot. */
  children: ReactNode;
  /** What belongs to the table but under it, inside the region (a footnote). */
  after?: ReactNode;
}

/**
 * A captioned data table in a region that scrolls sideways on a narrow screen: focusable, so a
 * keyboard can scroll it, and named by the caption.
 */
export function ScrollTable({ caption, className, wrapClassName, children, after }: ScrollTableProps) {
  return (
    <div className={withClass('table-wrap', wrapClassName)} tabIndex={0} role="region" aria-label={caption}>
      <table className={withClass('data-table', className)}>
        <caption>{caption}</caption>
        {children}
      </table>
      {after}
    </div>
  );
}

export interface Column {
  label?: ReactNode;
  /** A column of numbers: its header is right-aligned with them. */
  numeric?: boolean;
  className?: string;
  /** A column drawn for the eye alone (a bar), hidden from screen readers. */
  decorative?: boolean;
}

/** A table's head: a header for each column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th
            key={i}
            scope="col"
            className={withClass(column.numeric ? 'num' : '', column.className) || undefined}
            aria-hidden={column.decorative ? true : undefined}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const withClass = (base: string, extra: string | undefined) => [base, extra].filter(Boolean).join(' ');
