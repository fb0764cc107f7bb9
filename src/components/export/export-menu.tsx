import { Fragment, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { CsvRow } from './csv.ts';
import type { ExportExtension } from './file-name.ts';
import { NothingDrawnError } from './nothing-drawn.ts';
import type { FigureSvg } from './svg-compose.ts';
import { CopyLinkButton } from '../share/copy-link-button.tsx';
import './export.css';

export interface ExportMenuProps {
  /** What the buttons download, for the group's name: "Ladda ner {what}". */
  what: string;
  /** The file name for a format; called at the moment of download, so the date is today's. */
  fileName: (ext: ExportExtension) => string;
  /** Builds the figure as a standalone SVG from what is drawn; left out for tables (CSV only). */
  figure?: () => FigureSvg;
  /** The data behind the figure or table, header row first. */
  rows: () => readonly CsvRow[];
}

/** Runs one download at a time; a failure is kept, in words, until the next try. */
function useDownload({ fileName, figure, rows }: Omit<ExportMenuProps, 'what'>) {
  const { t, lang } = useI18n('export');
  const [busy, setBusy] = useState<ExportExtension | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: ExportExtension) => {
    if (busy) return;
    setError(null);
    setBusy(format);
    try {
      // The file writers load on the first download, not with every page that offers one.
      const { downloadCsv, downloadPng, downloadSvg } = await import('./download.ts');
      if (format === 'csv') downloadCsv(rows(), lang, fileName('csv'));
      else if (figure && format === 'svg') downloadSvg(figure(), fileName('svg'));
      else if (figure) await downloadPng(figure(), fileName('png'));
    } catch (caught) {
      const detail =
        caught instanceof NothingDrawnError
          ? t('export.nothingDrawn')
          : caught instanceof Error
            ? caught.message
            : String(caught);
      setError(t('export.error', { format: format.toUpperCase(), detail }));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}

/** "Ladda ner: PNG · SVG · CSV · Kopiera länk": a group of buttons that stays put; a failure is said in words beneath it. */
export function ExportMenu({ what, fileName, figure, rows }: ExportMenuProps) {
  const { t } = useI18n('export');
  const { busy, error, run } = useDownload({ fileName, figure, rows });
  const formats: ExportExtension[] = figure ? ['png', 'svg', 'csv'] : ['csv'];

  return (
    <div className="export-menu" role="group" aria-label={t('export.group', { what })}>
      <span className="export-menu__label" aria-hidden="true">
        {t('export.download')}
      </span>
      {formats.map((format, i) => (
        <Fragment key={format}>
          {i > 0 && (
            <span className="export-menu__separator" aria-hidden="true">
              ·
            </span>
          )}
          <button
            type="button"
            className="tool-button"
            title={t(`export.hint.${format}`)}
            aria-disabled={busy !== null}
            onClick={() => void run(format)}
          >
            <span className="visually-hidden">{t('export.downloadAs')}</span> {format.toUpperCase()}
          </button>
        </Fragment>
      ))}
      <span className="export-menu__separator" aria-hidden="true">
        ·
      </span>
      {/* The page's address holds what the figure shows: a link to it shares the same view. */}
      <CopyLinkButton />
      {error && (
        <p className="export-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
