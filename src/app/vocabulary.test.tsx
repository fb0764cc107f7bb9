/**
 * One vocabulary: a city against its own target is "on track" or "off track" (or says why it
 * cannot be), and against the reference path "within" or "over the budget", in the same words
 * on the overview, the map, the city page and the standings, in each language.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TARGET_STANDINGS } from '../../contract/assessment.ts';
import { fixtures } from '../../mocks/fixtures.ts';
import { renderRoute } from '../../tests/render.tsx';
import { enT, svT } from '../../tests/translate.ts';

const rowOf = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement);
const WORDS = {
  sv: { 'off-track': 'Inte i fas', 'no-figure': 'Mål utan siffra', 'no-target': 'Inget mål', within: 'Inom budgeten' },
  en: {
    'off-track': 'Off track',
    'no-figure': 'Target without a figure',
    'no-target': 'No target',
    within: 'Within the budget',
  },
} as const;

describe('the words for a city’s standing', () => {
  it('has a word for every state, different from the others, in both languages', () => {
    for (const t of [svT, enT]) {
      const words = TARGET_STANDINGS.map((standing) => t(`standing.${standing}`));
      expect(new Set(words).size).toBe(TARGET_STANDINGS.length);
      // The budget's words are never the target's.
      for (const budget of ['budget.within', 'budget.over', 'budget.none'] as const)
        expect(words).not.toContain(t(budget));
    }
  });

  for (const lang of ['sv', 'en'] as const) {
    const words = WORDS[lang];

    it(`the overview shows each city against its own target and sorts by it (${lang})`, async () => {
      const user = userEvent.setup();
      renderRoute(`/`, { lang });
      await screen.findByRole('table', { name: /^(Programmets|The programme's) / });
      expect(rowOf('Malmö').getByText(words['off-track'])).toBeInTheDocument();
      expect(rowOf('Stockholm').getByText(words['no-figure'])).toBeInTheDocument();
      expect(rowOf('Borås').getByText(words['no-target'])).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: lang === 'sv' ? /Eget mål/ : /Own target/ }));
      const order = within(screen.getByRole('table', { name: /^(Programmets|The programme's) / }))
        .getAllByRole('row')
        .slice(1)
        .map(
          (row) => fixtures.cities.cities.find((c) => row.textContent?.startsWith(c.name))?.assessment.targetStanding,
        );
      expect(order).toEqual([
        ...Array(4).fill('off-track'),
        ...Array(5).fill('no-figure'),
        ...Array(14).fill('no-target'),
      ]);
    });

    it(`the map names the same states, each city as the overview does (${lang})`, async () => {
      renderRoute(`/map?measure=target`, { lang });
      const legend = await screen.findByRole('region', { name: lang === 'sv' ? /Teckenförklaring/ : /Key/ });
      for (const standing of ['off-track', 'no-figure', 'no-target'] as const)
        expect(within(legend).getByText(words[standing])).toBeInTheDocument();
      const malmo = document.querySelector('a.map-mark[data-city="malmo"]');
      expect(malmo?.getAttribute('aria-label')).toContain(words['off-track']);
      expect(malmo?.getAttribute('aria-label')).toContain(words.within);
    });

    it(`the city page says Malmö is off track for its target and within the budget (${lang})`, async () => {
      renderRoute(`/cities/malmo`, { lang });
      const item = (
        await screen.findByText(lang === 'sv' ? 'mot målet 2030' : 'against the 2030 target', { selector: 'dt' })
      ).parentElement as HTMLElement;
      expect(item).toHaveTextContent(words['off-track']);
      expect(item).toHaveTextContent(words.within);
    });
  }
});
