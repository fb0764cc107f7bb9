/**
 * Lingui's catalogs: one per namespace (a feature's, a figure's or a kit's strings), a file per
 * language beside the code that uses it (`messages.sv.ts`, `messages.en.ts`). They are
 * TypeScript so the English is checked against the Swedish keys at compile time and `t` knows
 * every key and placeholder; the catalog format below reads them for Lingui, whose Vite plugin
 * compiles each one when it is imported with `?lingui` (src/app/i18n.ts).
 */
import { defineConfig } from '@lingui/conf';
import type { CatalogFormatter, CatalogType } from '@lingui/conf';
import ts from 'typescript';
import vm from 'node:vm';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const parsed = new Map<string, CatalogType>();

/** A catalog file is one `export default { key: 'text', … }` object of string literals: evaluated as such. */
const typescriptCatalog: CatalogFormatter = {
  catalogExtension: '.ts',
  parse(content, { filename }) {
    // The plugin reads a catalog again for every import of it, in every worker: parse each text once.
    const known = parsed.get(content);
    if (known) return structuredClone(known);
    const { outputText } = ts.transpileModule(content, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      fileName: filename,
    });
    const module = { exports: {} as { default?: unknown } };
    vm.runInNewContext(outputText, { module, exports: module.exports }, { filename, timeout: 1000 });
    const strings = module.exports.default;
    if (!strings || typeof strings !== 'object') throw new Error(`${filename}: no default export of strings`);
    const catalog: CatalogType = {};
    for (const [id, text] of Object.entries(strings)) {
      if (typeof text !== 'string') throw new Error(`${filename}: "${id}" is not a string`);
      catalog[id] = { message: text, translation: text };
    }
    parsed.set(content, catalog);
    return catalog;
  },
  serialize() {
    throw new Error('The catalogs are written by hand in TypeScript; nothing extracts into them.');
  },
};

/** Every folder under src/ with a `messages.sv.ts` holds a namespace (src/app/i18n.ts names them). */
function namespaceDirs(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return namespaceDirs(join(dir, entry.name));
    return entry.name === 'messages.sv.ts' ? [dir] : [];
  });
}

export default defineConfig({
  locales: ['sv', 'en'],
  sourceLocale: 'sv',
  catalogs: namespaceDirs(join(import.meta.dirname, 'src'))
    .map((dir) => relative(import.meta.dirname, dir))
    .map((dir) => ({ path: `<rootDir>/${dir}/messages.{locale}`, include: [dir] })),
  format: typescriptCatalog,
});
