import { useI18n } from '../../../lib/i18n.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';

/** An inline confirmation (not a modal): it takes focus, says what will happen, and offers yes or cancel. */
export function ConfirmCurrent({
  question,
  busy,
  onConfirm,
  onCancel,
}: {
  question: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n('admin');
  const box = useFocusOnMount<HTMLDivElement>();
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="group"
      aria-label={t('admin.releases.makeCurrent')}
      className="notice admin-confirm"
    >
      <p>{question}</p>
      <div className="admin-actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>
          {t('admin.releases.confirmYes')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('admin.releases.confirmNo')}
        </button>
      </div>
    </div>
  );
}
