/** /admin in a static copy (`npm run export`): nothing can be written there, and the page says so. */
import { useI18n } from '../lib/i18n.tsx';

export function StaticAdminPage() {
  const { t } = useI18n();
  return (
    <article className="page">
      <h1>{t('static.adminHeading')}</h1>
      <p className="state" role="status">
        {t('static.adminBody')}
      </p>
    </article>
  );
}
