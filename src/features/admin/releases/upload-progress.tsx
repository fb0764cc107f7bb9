import { formatPercent } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

/** The upload's progress; once every byte is sent, the wait is the server reading the file. */
export function UploadProgress({ fileName, fraction }: { fileName: string; fraction: number | null }) {
  const { t, lang } = useI18n('admin');
  const sent = fraction ?? 0;
  return (
    <div className="admin-progress">
      <p className="admin-progress__text" role="status">
        {sent < 1
          ? t('admin.upload.sending', { name: fileName, percent: formatPercent(sent, lang) })
          : t('admin.upload.processing')}
      </p>
      <progress aria-label={t('admin.upload.progress')} max={100} value={Math.round(sent * 100)}>
        {formatPercent(sent, lang)}
      </progress>
    </div>
  );
}
