/**
 * The reader's language. It comes from the address, not from the browser: English pages live
 * under /en (src/lib/lang-path.ts), so a shared link opens in the language it was shared in,
 * the server can render it, and a page never mixes two languages.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from './format.ts';
import { lookupMessage, type MessageKey } from './messages.ts';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  /** Switches in place, without a new address: only presenter mode, whose deck names its language, uses it. */
  setLang: (lang: Lang) => void;
  t: Translate;
}

/** The strings of one language with their {placeholders} filled; a placeholder without a value stays as written. */
export function translator(lang: Lang): Translate {
  return (key, values) =>
    lookupMessage(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, lang: initial = 'sv' }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial);
  // A new address in the other language (an embed's ?lang=) renders this provider with a new `lang`.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setLangState(initial);
  }
  useEffect(() => {
    // Only a change: writing the attribute at all makes the browser restyle the whole page.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => setLangState(next), []);
  const value = useMemo<I18n>(() => {
    return { lang, setLang, t: translator(lang) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
