import type { Release } from '../../../contract/common.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** Says plainly that the chart shows a release other than the current one, and offers the way back. */
export function ReleaseNotice({ release, onCurrent }: { release: Release; onCurrent: () => void }) {
  const { t, lang } = useI18n('compare');
  return (
    <div className="notice" role="status">
      <p>{t('compare.release.showing', { release: release.label[lang], id: release.id })}</p>
      <button type="button" className="chip" onClick={onCurrent}>
        {t('compare.release.current')}
      </button>
    </div>
  );
}
