import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router-dom';
import { useI18n } from '../lib/i18n.tsx';
import { ServerStatusNotice } from './server-status-notice.tsx';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <NavLink to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span>
              <span className="brand__title">{t('app.title')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </NavLink>
          <nav aria-label={t('nav.label')} className="nav">
            <NavLink to="/" end>
              {t('nav.overview')}
            </NavLink>
            <NavLink to="/compare">{t('nav.compare')}</NavLink>
            <NavLink to="/map">{t('nav.map')}</NavLink>
            <NavLink to="/standings">{t('nav.standings')}</NavLink>
            <NavLink to="/sectors">{t('nav.sectors')}</NavLink>
            <NavLink to="/contracts">{t('nav.contracts')}</NavLink>
            <NavLink to="/about">{t('nav.about')}</NavLink>
          </nav>
          <button type="button" className="lang-switch" onClick={() => setLang(other)} aria-label={t('lang.switchLabel')} lang={other}>
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <ServerStatusNotice />
        <Outlet />
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <Link to="/admin">{t('admin.link')}</Link>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
