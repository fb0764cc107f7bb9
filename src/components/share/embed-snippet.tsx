import { useId, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useOrigin } from '../../lib/use-origin.ts';
import '../export/export.css';
import { EMBED_HEIGHTS, embedUrl, iframeSnippet, type EmbedPath } from './embed-url.ts';
import './embed.css';

interface EmbedSnippetProps {
  path: EmbedPath;
  /** The current view's URL parameters; the embed shows the same. */
  params: URLSearchParams;
  /** The frame's title attribute: what it shows. */
  title: string;
}

/** "Bädda in": opens the iframe code for the current view, read-only, with a Copy button. */
export function EmbedSnippet({ path, params, title }: EmbedSnippetProps) {
  const { t, lang } = useI18n('share');
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const origin = useOrigin();
  const snippet = iframeSnippet({ src: embedUrl(origin, path, params, lang), title, height: EMBED_HEIGHTS[path] });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('ok');
    } catch {
      // No clipboard API (an insecure origin) or no permission: select the code for the reader to copy.
      textarea.current?.focus();
      textarea.current?.select();
      setCopied('failed');
    }
  };

  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-expanded={open}
        {...(open ? { 'aria-controls': `${id}-panel` } : {})}
        onClick={() => {
          setOpen(!open);
          setCopied(null);
        }}
      >
        {t('embed.button')}
      </button>
      {open && (
        <div className="embed-snippet" id={`${id}-panel`}>
          <p className="embed-snippet__help">{t('embed.instructions')}</p>
          <label htmlFor={`${id}-code`}>{t('embed.snippet')}</label>
          <textarea
            id={`${id}-code`}
            ref={textarea}
            className="embed-snippet__code"
            readOnly
            rows={3}
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="embed-snippet__actions">
            <button type="button" className="tool-button" onClick={() => void copy()}>
              {t('embed.copy')}
            </button>{' '}
            <span role="status">
              {copied === 'ok' ? t('embed.copied') : copied === 'failed' ? t('embed.copyFailed') : ''}
            </span>
          </p>
        </div>
      )}
    </>
  );
}
