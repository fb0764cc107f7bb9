import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '../../../mocks/fixtures.ts';
import { renderRoute } from '../../../tests/render.tsx';

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('standings page', () => {
  it('lists the 23 in rank order with their values', async () => {
    renderRoute('/standings');
    await screen.findByRole('table');
    expect(rows()).toHaveLength(23);
    const first = fixtures.standings.changeSince2015Percent.entries[0];
    expect(within(rows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(first?.name ?? '');
  });

  it('states my city’s standing in one sentence and remembers the choice', async () => {
    const user = userEvent.setup();
    renderRoute('/standings');
    await user.selectOptions(await screen.findByLabelText('Min stad'), 'malmo');
    const malmo = fixtures.standings.changeSince2015Percent.entries.find((e) => e.cityId === 'malmo');
    expect(
      screen.getByText(new RegExp(`^Malmö är ${malmo?.rank}:[ae] av 23 på förändring sedan 2015\\.$`)),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Malmö/ })).toHaveClass('is-my-city');
    expect(localStorage.getItem('ks.myCity')).toBe('malmo');
  });

  it('writes the measure to the URL and notes a bad one', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/standings?measure=happiness');
    expect(
      await screen.findByText('measure=happiness är inte giltigt; visar Förändring sedan 2015.'),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Mått'), 'tonnesPerCapita');
    expect(router.state.location.search).toBe('?measure=tonnesPerCapita');
  });

  it('speaks English ordinals', async () => {
    localStorage.setItem('ks.myCity', 'malmo');
    renderRoute('/standings', { lang: 'en' });
    expect(await screen.findByText(/^Malmö is \d+(st|nd|rd|th) of 23 on change since 2015\.$/)).toBeInTheDocument();
  });

  it('offers each city against its own target as a measure, with its standing in the common words', async () => {
    renderRoute('/standings?measure=targetGapPercent');
    await screen.findByRole('table');
    const data = fixtures.standings.targetGapPercent;
    expect(rows()).toHaveLength(data.entries.length);
    expect(screen.getByRole('columnheader', { name: 'Eget mål' })).toBeInTheDocument();
    const first = data.entries[0];
    expect(within(rows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(first?.name ?? '');
    const words = {
      'on-track': 'I fas',
      'off-track': 'Inte i fas',
      'no-figure': 'Mål utan siffra',
      'no-target': 'Inget mål',
    };
    data.entries.forEach((entry, i) => {
      const word = words[entry.targetStanding as keyof typeof words];
      if (word) expect(rows()[i]).toHaveTextContent(word);
    });
    expect(screen.getByLabelText('Mått')).toHaveValue('targetGapPercent');
  });
});
