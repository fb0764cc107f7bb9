import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, LanguageScope, useI18n } from '../lib/i18n.tsx';
import {
  ALL_NAMESPACES,
  createAppI18n,
  createLoadedI18n,
  FIRST_NAMESPACES,
  namespaceLoaders,
  pageStrings,
} from './i18n.ts';

describe("the app's namespaces", () => {
  it('registers every messages.sv.ts of a feature, figure, component kit or lib, so none is left unloaded', async () => {
    const modules = import.meta.glob<{ default: object }>('../{features,figures,components,lib}/**/messages.sv.ts', {
      eager: true,
    });
    const onDisk = new Set(Object.values(modules).map((module) => Object.keys(module.default).sort().join()));
    // Every file is a namespace (common lives in lib/messages.sv.ts), and every namespace is one of the files.
    expect(onDisk.size).toBe(ALL_NAMESPACES.length);
    for (const load of Object.values(namespaceLoaders))
      expect(
        onDisk.has(
          Object.keys((await load.sv()).messages)
            .sort()
            .join(),
        ),
      ).toBe(true);
  });

  it('loads every namespace in both languages with the same keys', async () => {
    const i18n = await createLoadedI18n('sv');
    for (const ns of ALL_NAMESPACES) {
      const sv = Object.keys(i18n.stringsOf(ns, 'sv') ?? {}).sort();
      const en = Object.keys(i18n.stringsOf(ns, 'en') ?? {}).sort();
      expect(sv.length, ns).toBeGreaterThan(0);
      expect(en, ns).toEqual(sv);
    }
  });
});

/** A part that asks for the city page's strings and a figure's, as a page would. */
function CityWords() {
  const { t } = useI18n(['city', 'figure-sector-mix']);
  return <p>{t('figure-sector-mix:city.sectors.gapKey')}</p>;
}

describe('the strings a server-rendered page carries (pageStrings)', () => {
  it('are the namespaces the render used and the first page’s, in the languages asked for, and nothing else', async () => {
    const server = (await createLoadedI18n('sv')).copy('en');
    render(
      <I18nProvider i18n={server} lang="en">
        <LanguageScope lang="en">
          <CityWords />
        </LanguageScope>
      </I18nProvider>,
    );
    const strings = pageStrings(server, ['en']);
    expect(Object.keys(strings)).toEqual(['en']);
    expect(Object.keys(strings.en!).sort()).toEqual([...FIRST_NAMESPACES, 'city', 'figure-sector-mix'].sort());
    expect(strings.en!['figure-sector-mix']).toEqual(server.stringsOf('figure-sector-mix', 'en'));
  });

  it('let the browser render the page at once, loading nothing, and load the rest when asked', async () => {
    const server = (await createLoadedI18n('sv')).copy('sv');
    render(
      <I18nProvider i18n={server} lang="sv">
        <CityWords />
      </I18nProvider>,
    );
    const expected = screen.getByRole('paragraph').textContent;
    const browser = createAppI18n('sv', pageStrings(server, ['sv']));
    const { container } = render(
      <I18nProvider i18n={browser} lang="sv">
        <Suspense fallback={<p>laddar</p>}>
          <CityWords />
        </Suspense>
      </I18nProvider>,
    );
    // No fallback: the strings were there on the first render, as hydration needs them.
    expect(container.textContent).toBe(expected);
    expect(browser.has('compare', 'sv')).toBe(false);
    await browser.load(['compare']);
    expect(browser.has('compare', 'sv')).toBe(true);
    expect(browser.has('common', 'en')).toBe(false);
  });
});
