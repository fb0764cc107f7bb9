import { describe, expect, it } from 'vitest';
import { ALL_NAMESPACES, createLoadedI18n, lazyNamespaces } from './i18n.ts';

describe("the app's namespaces", () => {
  it('registers every messages.ts of a feature, figure or component kit, so none is left unloaded', async () => {
    const modules = import.meta.glob<{ messages: object }>('../{features,figures,components}/**/messages.ts', {
      eager: true,
    });
    const onDisk = new Set(Object.values(modules).map((module) => module.messages));
    // Every file is a namespace (common lives in lib/messages.ts), and every lazy namespace is one of the files.
    expect(onDisk.size).toBe(ALL_NAMESPACES.length - 1);
    for (const load of Object.values(lazyNamespaces)) expect(onDisk.has((await load()).messages)).toBe(true);
  });

  it('loads every namespace in both languages with the same keys', async () => {
    const i18n = await createLoadedI18n('sv');
    for (const ns of ALL_NAMESPACES) {
      const sv = Object.keys(i18n.getResourceBundle('sv', ns) as object).sort();
      const en = Object.keys(i18n.getResourceBundle('en', ns) as object).sort();
      expect(sv.length, ns).toBeGreaterThan(0);
      expect(en, ns).toEqual(sv);
    }
  });
});
