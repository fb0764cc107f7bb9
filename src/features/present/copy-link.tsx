import { useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { copyText } from '../../lib/copy-text.ts';

type Status = 'idle' | 'copied' | 'selected';

/** The deck's link, always current, with a Copy button; where the clipboard is refused the text is selected instead. */
export function CopyLink({ url }: { url: string }) {
  const { t } = useI18n('present');
  const input = useRef<HTMLInputElement>(null);
  // Tied to the link it was about: once the deck changes, "copied" no longer holds.
  const [done, setDone] = useState<{ status: Status; url: string }>({ status: 'idle', url });
  const status = done.url === url ? done.status : 'idle';
  const select = () => {
    input.current?.focus();
    input.current?.select();
    setDone({ status: 'selected', url });
  };
  const copy = () => {
    void copyText(url).then((outcome) => (outcome === 'copied' ? setDone({ status: 'copied', url }) : select()));
  };
  return (
    <div className="copy-link">
      <label htmlFor="deck-link">{t('present.builder.link')}</label>
      <div className="copy-link__row">
        <input
          id="deck-link"
          ref={input}
          className="copy-link__input"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="present-action" onClick={copy}>
          {t('present.builder.copy')}
        </button>
      </div>
      <p className="copy-link__status" role="status">
        {status === 'copied' ? t('present.builder.copied') : status === 'selected' ? t('present.builder.selected') : ''}
      </p>
    </div>
  );
}
