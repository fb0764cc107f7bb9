import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, I18nProvider, useI18n } from './i18n.tsx';

const common = {
  sv: { 'app.title': 'Appen', greeting: 'Hej {name}' },
  en: { 'app.title': 'The app', greeting: 'Hi {name}' },
};
const later = { sv: { 'later.word': 'Sedan' }, en: { 'later.word': 'Later' } };

function setup(lang: 'sv' | 'en' = 'sv') {
  const load = vi.fn((ns: string) => (ns === 'later' ? Promise.resolve(later) : Promise.reject(new Error(ns))));
  return {
    i18n: createI18n(lang, { resources: { sv: { common: common.sv }, en: { common: common.en } }, load }),
    load,
  };
}

describe('the i18n runtime (i18next)', () => {
  it('fills single-braced placeholders and leaves a placeholder without a value as written', () => {
    const { i18n } = setup('en');
    const t = i18n.getFixedT('en', 'common') as unknown as (key: string, values?: object) => string;
    expect(t('greeting', { name: 'Malmö' })).toBe('Hi Malmö');
    expect(t('greeting')).toBe('Hi {name}');
  });

  it('throws on a missing key in tests and development, naming it', () => {
    const { i18n } = setup();
    const t = i18n.t as unknown as (key: string) => string;
    expect(() => t('no.such.key')).toThrow(/No string "no.such.key"/);
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
    render(
      <I18nProvider i18n={i18n} lang="sv">
        <Suspense fallback={<p>laddar</p>}>
          <Later />
        </Suspense>
      </I18nProvider>,
    );
    expect(await screen.findByText('Sedan · Appen')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('later');
  });
});
