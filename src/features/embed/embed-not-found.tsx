import { useI18n } from '../../lib/i18n.tsx';
import { EmbedFrame } from './embed-frame.tsx';

/** Any other address under /embed/: framable like the embeds, so it must not show the app's chrome either. */
export function EmbedNotFoundPage() {
  const { t } = useI18n();
  return (
    <EmbedFrame title={t('notFound.heading')} fullView="/">
      <p>{t('notFound.body', { path: window.location.pathname })}</p>
    </EmbedFrame>
  );
}
