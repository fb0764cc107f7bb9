import type { MouseEvent, ReactNode } from 'react';
import type { Release } from '../../../contract/common.ts';
import { LanguageScope, useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../components/share/embed.css';

/** `?lang=sv|en` picks the embed's language without touching the reader's saved choice for the app. */
export function EmbedLanguage({ lang, children }: { lang: string | null; children: ReactNode }) {
  if (lang !== 'sv' && lang !== 'en') return children;
  return (
    <LanguageScope key={lang} lang={lang}>
      {children}
    </LanguageScope>
  );
}

/**
 * Inside someone else's page a link must not replace the embed with the app (the app's pages
 * refuse to be framed anyway): every link, the map's marks too, opens in a new tab.
 */
function leaveFrame(event: MouseEvent<HTMLElement>) {
  const link = (event.target as Element).closest('a[href]');
  if (!link || link.getAttribute('target') === '_blank') return;
  event.preventDefault();
  event.stopPropagation();
  window.open(new URL(link.getAttribute('href') ?? '/', window.location.href).href, '_blank', 'noopener');
}

interface EmbedFrameProps {
  title: string;
  /** The same view in the app (path and query), opened in a new tab. */
  fullView: string;
  /** Where the figures come from; always shown. */
  source?: ReactNode;
  /** How to read the figure: folded away under a summary in the footer, so the figure keeps the room. */
  notes?: ReactNode;
  children: ReactNode;
}

/**
 * An embed's whole page: title, the figure, its source and a link to the full view; no header,
 * nav or footer. It is exactly the frame's size: the figure takes what the title and footer
 * leave, so the source and the link back are never pushed out of a small frame.
 */
export function EmbedFrame({ title, fullView, source, notes, children }: EmbedFrameProps) {
  const { t, lang } = useI18n('embed');
  useDocumentTitle(title, t('app.title'));
  return (
    <main className="embed" lang={lang} onClickCapture={leaveFrame}>
      <h1 className="embed__title">{title}</h1>
      <div className="embed__body">{children}</div>
      <div className="embed__footer">
        <div className="embed__source">{source}</div>
        <div className="embed__actions">
          {notes && (
            <details className="embed__notes">
              <summary>{t('embed.notes')}</summary>
              <div className="embed__notes-text">{notes}</div>
            </details>
          )}
          <a className="embed__open" href={fullView} target="_blank" rel="noopener">
            {t('embed.open', { app: t('app.title') })}
            <span className="visually-hidden"> {t('embed.newTab')}</span>
          </a>
        </div>
      </div>
    </main>
  );
}

/** The short source line, as under the charts in the app (the full view has the licence and links). */
export function EmbedSource({ release, extra }: { release: Release; extra?: string }) {
  const { t, lang } = useI18n('embed');
  return (
    <p>
      {t('source.emissions', { release: release.label[lang] })} {release.source.attribution[lang]}.
      {extra ? ` ${extra}` : ''}
    </p>
  );
}
