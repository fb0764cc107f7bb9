import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../lib/i18n.tsx';

/** Shown instead of a blank page when a route throws while rendering. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <article className="page" role="alert">
      <h1>{t('error.boundary')}</h1>
      <p className="state__detail">{error instanceof Error ? error.message : String(error)}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </article>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <article className="page">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
