import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n.tsx';

/** A proper not-found page for a city id the API does not know (the app's own not-found page is in src/app). */
export function CityNotFound({ id }: { id: string }) {
  const { t } = useI18n('city');
  return (
    <article className="page city-not-found">
      <h1>{t('city.notFound.heading')}</h1>
      <p>{t('city.notFound.body', { id })}</p>
      <p>
        <Link to="/">{t('city.notFound.home')}</Link>
      </p>
    </article>
  );
}
