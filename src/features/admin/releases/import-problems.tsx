import { useId } from 'react';
import type { ImportProblem, ImportProblemResponse } from '../../../../contract/admin.ts';
import { formatInteger } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';

/** Whole-file problems first, then by row and column, so the list reads down the file. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const columnKey = (c: ImportProblem['column']) =>
    c === null ? -1 : typeof c === 'number' ? c : Number.MAX_SAFE_INTEGER;
  return [...problems].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      columnKey(a.column) - columnKey(b.column) ||
      String(a.column).localeCompare(String(b.column)),
  );
}

/** A rejected upload (422): how many problems, and every listed one by row and column. */
export function ImportProblems({ problem, fileName }: { problem: ImportProblemResponse; fileName: string }) {
  const { t, lang } = useI18n('admin');
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const shown = problem.problems.length;
  return (
    <section className="admin-result admin-result--problems" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('admin.problems.heading', { total: formatInteger(problem.problemCount, lang) })}
      </h3>
      <p>{problem.detail}</p>
      <p>{t('admin.problems.intro')}</p>
      {shown < problem.problemCount && (
        <p>
          {t('admin.problems.capped', {
            shown: formatInteger(shown, lang),
            total: formatInteger(problem.problemCount, lang),
          })}
        </p>
      )}
      {shown > 0 && (
        // The list can be long: it scrolls in its own box, reachable and scrollable by keyboard.
        <div className="table-wrap admin-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
          <table className="data-table data-table--compact">
            <caption id={`${id}-caption`}>{t('admin.problems.caption', { file: fileName })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('admin.problems.row')}
                </th>
                <th scope="col">{t('admin.problems.column')}</th>
                <th scope="col">{t('admin.problems.message')}</th>
              </tr>
            </thead>
            <tbody>
              {sortProblems(problem.problems).map((p, index) => (
                <tr key={index}>
                  <td className="num">{p.row ?? t('admin.problems.wholeFile')}</td>
                  <td>{p.column ?? '–'}</td>
                  <td className="admin-problem__message">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
