import { useQuery } from '@tanstack/react-query';
import type { SectorChangesResponse } from '../../../contract/peers.ts';
import { useSearchParams } from 'react-router-dom';
import { QueryGate } from '../../components/query-gate.tsx';
import { EmptyState } from '../../components/query-states.tsx';
import { ReleaseSourceLine } from '../../components/source-lines.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { exportFileName } from '../../components/export/file-name.ts';
import { MethodNote } from '../../components/method-note.tsx';
import {
  MatrixLegend,
  matrixCsvRows,
  nextSort,
  parseMatrixView,
  sortMatrix,
  type MatrixView,
  MatrixTable,
} from '../../figures/sector-matrix/index.ts';
import { CHANGE_UNITS, type ChangeUnit } from '../../lib/peer-format.ts';
import { peerQueries } from '../../api/queries/peers.ts';

/** The unit the changes are shown in: percent, tonnes or tonnes per person. */
function UnitChoice({ unit: current, onChange }: { unit: ChangeUnit; onChange: (unit: ChangeUnit) => void }) {
  const { t } = useI18n(['sectors', 'figure-sector-matrix']);
  return (
    <fieldset className="control">
      <legend>{t('matrix.unit')}</legend>
      <div className="segmented">
        {CHANGE_UNITS.map((unit) => (
          <label key={unit} className={unit === current ? 'is-checked' : undefined}>
            <input
              type="radio"
              name="matrix-unit"
              value={unit}
              checked={unit === current}
              onChange={() => onChange(unit)}
            />
            {t(`figure-sector-matrix:matrix.unit.${unit}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Where the figures come from, and how the changes are computed. */
function MatrixSource({ data }: { data: SectorChangesResponse }) {
  const { t, lang } = useI18n(['sectors', 'figure-sector-matrix']);
  return (
    <section className="source-note" aria-labelledby="matrix-source-heading">
      <h2 id="matrix-source-heading">{t('source.heading')}</h2>
      <ReleaseSourceLine release={data.release} />
      <p>{t('source.perCapita')}</p>
      <MethodNote texts={[data.method[lang]]} about={t('matrix.heading')} />
    </section>
  );
}

/** `/sectors`: every city × SMHI sector change since 2015, sortable, in percent, tonnes or per person, as CSV. */
export function SectorMatrixPage() {
  const { t, lang } = useI18n(['sectors', 'figure-sector-matrix']);
  const tMatrix = useI18n('figure-sector-matrix').t;
  useDocumentTitle(t('matrix.heading'), t('app.title'));
  const query = useQuery(peerQueries.sectorChanges());
  const [params, setParams] = useSearchParams();
  const view = parseMatrixView(params, query.data?.sectors.map((s) => s.id) ?? []);
  const write = (next: MatrixView) => {
    const out = new URLSearchParams(params);
    out.set('sort', next.sort);
    out.set('dir', next.direction);
    out.set('unit', next.unit);
    setParams(out, { replace: true });
  };

  return (
    <article className="page matrix-page">
      <header className="page__header">
        <h1>{t('matrix.heading')}</h1>
        {query.data && (
          <p className="lede">{t('matrix.intro', { from: query.data.fromYear, to: query.data.toYear })}</p>
        )}
      </header>
      <QueryGate queries={[query]}>
        {(data) =>
          data.cities.length === 0 ? (
            <EmptyState message={t('matrix.empty')} />
          ) : (
            <>
              <div className="matrix-tools">
                <UnitChoice unit={view.unit} onChange={(unit) => write({ ...view, unit })} />
                <MatrixLegend unit={view.unit} />
              </div>
              <div className="table-tools">
                <ExportMenu
                  what={t('matrix.what')}
                  fileName={(ext) =>
                    exportFileName([t('matrix.file'), `${data.fromYear}-${data.toYear}`], ext, new Date())
                  }
                  rows={() => matrixCsvRows(data, sortMatrix(data.cities, view), { t: tMatrix, lang })}
                />
              </div>
              <MatrixTable
                data={data}
                rows={sortMatrix(data.cities, view)}
                view={view}
                onSort={(key) => write(nextSort(view, key))}
              />
              <MatrixSource data={data} />
            </>
          )
        }
      </QueryGate>
    </article>
  );
}
