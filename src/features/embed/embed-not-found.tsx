import { useLocation } from 'react-router-dom';
import { useI18n } from '../../lib/i18n.tsx';
import { EmbedFrame } from './embed-frame.tsx';

/** Any other address under /embed/: framable like the embeds, so it must not show the app's chrome either. */
export function EmbedNotFoundPage() {
  const { t } = useI18n('embed');
  // From the router, not window: the page is rendered on the server too.
  const { pathname } = useLocation();
  return (
    <EmbedFrame title={t('notFound.heading')} fullView="/">
      <p>{t('notFound.body', { path: pathname })}</p>
    </EmbedFrame>
  );
}
