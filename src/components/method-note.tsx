import { useI18n } from '../lib/i18n.tsx';

interface MethodNoteProps {
  /** The method texts to show, already in the reader's language. */
  texts: string[];
  /** What the note explains, read out after the summary so several notes are told apart. */
  about: string;
}

/** "How is this computed?": the server's method text, folded, next to the figure it explains. */
export function MethodNote({ texts, about }: MethodNoteProps) {
  const { t } = useI18n();
  return (
    <details className="methods method-note">
      <summary>
        {t('city.method.how')}
        <span className="visually-hidden"> ({about})</span>
      </summary>
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </details>
  );
}
