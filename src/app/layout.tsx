import { useEffect } from 'react';
import { Link, NavLink, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router-dom';
import { useI18n } from '../lib/i18n.tsx';
import { rememberPlace, restorePlace } from '../lib/keep-place.ts';
import { pathIn } from '../lib/lang-path.ts';
import { ServerStatusNotice } from './server-status-notice.tsx';

export function Layout() {
  const { t, lang } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  const { pathname, search, hash } = useLocation();
  // The same place in the other language: a plain link, so it works before (and without) JavaScript.
  const otherLang = pathIn(other, `${pathname}${search}${hash}`);
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
          <a
            className="lang-switch"
            href={otherLang}
            hrefLang={other}
            lang={other}
            onClick={() => rememberPlace(otherLang)}
          >
            {t('lang.switch')}
          </a>
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
      <ScrollToTop />
    </div>
  );
}

/** A new page opens at its top (or at its #section); going back and forward leaves the browser's own restoration alone. */
function ScrollToTop() {
  const { pathname, hash } = useLocation();
  const type = useNavigationType();
  // Once, after the first page has hydrated: where the reader was before switching language, if that is how they came.
  useEffect(restorePlace, []);
  useEffect(() => {
    if (type === NavigationType.Pop) return;
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [pathname, hash, type]);
  return null;
}
