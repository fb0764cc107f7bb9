import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, I18nProvider, useI18n } from './i18n.tsx';

// Compiled as Lingui's Vite plugin compiles a catalog: 'Hej {name}' is ['Hej ', ['name']].
const common = {
  sv: { 'app.title': 'Appen', greeting: ['Hej ', ['name']] },
  en: { 'app.title': 'The app', greeting: ['Hi ', ['name']] },
} as const;
const later = { sv: { 'later.word': 'Sedan' }, en: { 'later.word': 'Later' } };

function setup(lang: 'sv' | 'en' = 'sv') {
  const load = vi.fn((ns: string, l: 'sv' | 'en') =>
    ns === 'later' ? Promise.resolve(later[l]) : Promise.reject(new Error(ns)),
  );
  return {
    i18n: createI18n(lang, {
      strings: { sv: { common: common.sv as never }, en: { common: common.en as never } },
      load,
    }),
    load,
  };
}

describe('the i18n runtime (Lingui)', () => {
  it('fills single-braced placeholders', () => {
    const { i18n } = setup('en');
    expect(i18n.lingui._('greeting', { name: 'Malmö' })).toBe('Hi Malmö');
  });

  it('throws on a missing key in tests and development, naming it', () => {
    const { i18n } = setup();
    expect(() => i18n.lingui._('no.such.key')).toThrow(/No string "no.such.key"/);
  });

  it('falls back to the common namespace, and loads another namespace once, when a component asks for it', async () => {
    const { i18n, load } = setup();
    function Later() {
      const { t } = useI18n('later' as never);
      const translate = t as unknown as (key: string) => string;
      return (
        <p>
          {translate('later.word')} · {translate('app.title')}
        </p>
      );
    }
    // The namespace arrives in a promise: an async act waits for it, so React's retry of the suspended part runs in the test.
    await act(() => {
      render(
        <I18nProvider i18n={i18n} lang="sv">
          <Suspense fallback={<p>laddar</p>}>
            <Later />
          </Suspense>
        </I18nProvider>,
      );
      return i18n.load(['later']);
    });
    expect(await screen.findByText('Sedan · Appen')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('later', 'sv');
  });
});
