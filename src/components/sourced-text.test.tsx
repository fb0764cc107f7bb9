import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n.tsx';
import { loadedI18n } from '../../tests/translate.ts';
import { SourcedText, splitCitations } from './sourced-text.tsx';

const sources = [
  { id: 'S4', url: 'https://example.org/s4', title: { sv: 'Viable Cities: Dagen', en: 'Viable Cities: The Day' } },
  { id: 'S9', url: 'https://example.org/s9', title: { sv: 'Pressmeddelande', en: 'Press release' } },
  { id: 'S11', url: 'https://example.org/s11', title: { sv: 'Borlänge', en: 'Borlänge page' } },
];

describe('splitCitations', () => {
  it('splits a note into its text and the codes each pair of brackets cites', () => {
    expect(splitCitations('Joined in October (S4); launched later (S9, S11).')).toEqual([
      { text: 'Joined in October ' },
      { cites: ['S4'] },
      { text: '; launched later ' },
      { cites: ['S9', 'S11'] },
      { text: '.' },
    ]);
    expect(splitCitations('No sources (at all).')).toEqual([{ text: 'No sources (at all).' }]);
  });
});

describe('SourcedText', () => {
  it('turns every code into a link named by its source in the reader’s language; no code is left', () => {
    const { container } = render(
      <I18nProvider i18n={loadedI18n.copy('en')} lang="en">
        <p>
          <SourcedText text="Joined (S4); launched (S9, S11); unknown (S99)." sources={sources} />
        </p>
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Viable Cities: The Day' })).toHaveAttribute(
      'href',
      'https://example.org/s4',
    );
    expect(screen.getByRole('link', { name: 'Press release' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Borlänge page' })).toBeInTheDocument();
    expect(container).toHaveTextContent(
      'Joined (Viable Cities: The Day); launched (Press release; Borlänge page); unknown .',
    );
    expect(container.textContent).not.toMatch(/\bS\d+\b/);
  });
});
