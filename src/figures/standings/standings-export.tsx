import type { StandingsResponse } from '../../../contract/standings.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { exportFileName } from '../../components/export/file-name.ts';
import { standingsRows } from './standings-rows.ts';

/** The standings as CSV: rank, city and the measure's unrounded value. */
export function StandingsExport({ data, measureLabel }: { data: StandingsResponse; measureLabel: string }) {
  const { t, lang } = useI18n('figure-standings');
  return (
    <div className="table-tools">
      <ExportMenu
        what={t('export.standings.what')}
        fileName={(ext) =>
          // The measure in the page's language too: one language per file name.
          exportFileName(
            [t('export.file.standings'), t(`city.rank.${data.measure}`), data.release.dataThroughYear],
            ext,
            new Date(),
          )
        }
        rows={() => standingsRows(data, { t, measureLabel, release: data.release.label[lang] })}
      />
    </div>
  );
}
