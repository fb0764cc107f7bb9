import type { CitySummary } from '../../../contract/cities.ts';
import type { Release } from '../../../contract/common.ts';
import type { Cohort } from '../../../contract/roster.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { citiesPart, exportFileName } from '../../components/export/file-name.ts';
import { overviewRows } from './overview-rows.ts';

/** The overview table's cities as CSV, in the order they are sorted on screen. */
export function OverviewExport({
  cities,
  cohorts,
  release,
}: {
  cities: readonly CitySummary[];
  cohorts: readonly Cohort[];
  release: Release;
}) {
  const { t, lang } = useI18n('overview');
  return (
    <div className="table-tools">
      <ExportMenu
        what={t('export.overview.what')}
        fileName={(ext) =>
          exportFileName(
            [
              t('export.file.overview'),
              citiesPart(
                cities.map((c) => c.id),
                lang,
                0,
              ),
              release.dataThroughYear,
            ],
            ext,
            new Date(),
          )
        }
        rows={() => overviewRows(cities, { t, lang, cohorts, release: release.label[lang] })}
      />
    </div>
  );
}
