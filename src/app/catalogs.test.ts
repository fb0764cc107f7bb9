/**
 * Every string reads as written: Lingui compiles the catalogs as ICU MessageFormat, where an
 * apostrophe before a brace, a `#` or a stray brace would change what a reader sees. Each
 * string, compiled by Lingui's Vite plugin and formatted with its placeholders filled, must
 * equal its text with the placeholders replaced and nothing else changed.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { ALL_NAMESPACES, namespaceLoaders } from './i18n.ts';

const written = import.meta.glob<{ default: Record<string, string> }>(
  '../{features,figures,components,lib}/**/messages.{sv,en}.ts',
  { eager: true },
);

describe('the catalogs, as Lingui compiles them', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`format every ${lang === 'sv' ? 'Swedish' : 'English'} string as written, placeholders filled`, async () => {
      const texts = Object.entries(written)
        .filter(([path]) => path.endsWith(`.${lang}.ts`))
        .flatMap(([, module]) => Object.entries(module.default));
      const compiled = await Promise.all(
        ALL_NAMESPACES.map(async (ns) => (await namespaceLoaders[ns][lang]()).messages),
      );
      const i18n = setupI18n({ locale: lang, messages: { [lang]: Object.assign({}, ...compiled) as Messages } });
      expect(texts.length).toBeGreaterThan(600);
      const differ = texts.flatMap(([key, text]) => {
        const values: Record<string, string> = Object.fromEntries(
          [...text.matchAll(/\{(\w+)\}/g)].map(([, hole]) => [hole, `‹${hole}›`]),
        );
        const expected = text.replace(/\{(\w+)\}/g, (_, hole: string) => `‹${hole}›`);
        const shown = i18n._(key, values);
        return shown === expected ? [] : [`${key}: ${JSON.stringify(text)} reads ${JSON.stringify(shown)}`];
      });
      expect(differ).toEqual([]);
    });
  }
});
