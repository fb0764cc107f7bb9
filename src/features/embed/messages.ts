/** The embeds' own strings, in both languages (parity checked by the type of `en`). */
import type { Lang } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

const sv = {
  notes: 'Om diagrammet',
  unknownCityOne:
    'Staden {ids} finns inte i {app}, så diagrammet visas inte. Kontrollera adressen (parametern cities).',
  unknownCityMany:
    'Städerna {ids} finns inte i {app}, så diagrammet visas inte. Kontrollera adressen (parametern cities).',
  unknownCityHeading: 'Okänd stad i adressen',
};

const en: Record<keyof typeof sv, string> = {
  notes: 'About the chart',
  unknownCityOne:
    'The city {ids} is not in {app}, so the chart is not shown. Check the address (its cities parameter).',
  unknownCityMany:
    'The cities {ids} are not in {app}, so the chart is not shown. Check the address (its cities parameter).',
  unknownCityHeading: 'Unknown city in the address',
};

export type EmbedMessageKey = keyof typeof sv;
export const embedMessages: Record<Lang, Record<EmbedMessageKey, string>> = { sv, en };

/** Names as quoted in running text: ”x”, ”y” in Swedish, “x”, “y” in English. */
export function quoted(lang: Lang, names: readonly string[]): string {
  return names.map((name) => (lang === 'sv' ? `”${name}”` : `“${name}”`)).join(', ');
}

/** The embed strings in the embed's language, with `{name}` placeholders filled. */
export function useEmbedMessages(): (key: EmbedMessageKey, values?: Record<string, string>) => string {
  const { lang } = useI18n();
  return (key, values) =>
    embedMessages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values?.[name] ?? whole);
}
