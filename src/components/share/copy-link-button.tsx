import { useState } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { useI18n } from '../../lib/i18n.tsx';
import { copyText } from '../../lib/copy-text.ts';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'shown'; url: string };

/**
 * "Kopiera länk": the page's address, which holds what it shows (cities, measure, years, sort),
 * to the clipboard. Where the clipboard is refused, the address is shown selected to copy by hand.
 */
export function CopyLinkButton() {
  const { t } = useI18n('share');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The address as the router has it (its basename, path and query), made absolute.
  const href = useHref(useLocation());
  const copy = () => {
    const url = new URL(href, window.location.origin).href;
    void copyText(url).then((outcome) => setStatus(outcome === 'copied' ? { kind: 'copied' } : { kind: 'shown', url }));
  };
  return (
    <>
      <button type="button" className="tool-button" onClick={copy}>
        {t('link.copy')}
      </button>
      <span className="copy-link-status" aria-live="polite">
        {status.kind === 'copied' && t('link.copied')}
        {status.kind === 'shown' && (
          <>
            {t('link.copyFailed')}{' '}
            <input
              className="copy-link-status__url"
              readOnly
              value={status.url}
              aria-label={t('link.address')}
              ref={(input) => {
                input?.focus();
                input?.select();
              }}
            />
          </>
        )}
      </span>
    </>
  );
}
