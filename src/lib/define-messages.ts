/**
 * A namespace's strings in both languages. Each feature and figure keeps its own in
 * `messages.ts` (an i18next namespace, loaded with its route: src/app/i18n.ts). The English
 * must have exactly the Swedish keys: a missing or extra one fails to compile.
 */
export interface Messages<Sv extends Record<string, string>> {
  sv: Sv;
  en: Record<keyof Sv, string>;
}

export function defineMessages<const Sv extends Record<string, string>>(messages: Messages<Sv>): Messages<Sv> {
  return messages;
}
