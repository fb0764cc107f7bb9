import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fixtures } from '../../../mocks/fixtures.ts';
import { problem } from '../../../mocks/handlers.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';

const figure = () => document.querySelector('section.figure');

describe('compare page', () => {
  it('reads the state from the URL and writes control changes back to it', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?cities=malmo,lund&measure=per-capita&scale=log');
    expect(await screen.findByRole('radio', { name: 'Per invånare, ton CO₂e' })).toBeChecked();
    await waitFor(() => expect(figure()).toHaveAttribute('data-cities', '2'));
    await user.click(screen.getByRole('radio', { name: 'Index (basår = 100)' }));
    expect(router.state.location.search).toBe('?cities=malmo%2Clund&measure=indexed&base=2015&scale=log');
    await waitFor(() => expect(figure()).toHaveAttribute('data-measure', 'indexed'));
    await user.click(screen.getByRole('radio', { name: '1990' }));
    expect(new URLSearchParams(router.state.location.search).get('base')).toBe('1990');
  });

  it('lists what in the address could not be used and still draws', async () => {
    renderRoute('/compare?measure=volume&cities=atlantis');
    const notice = await screen.findByText(/kunde inte användas/);
    const list = within(notice.closest('div') as HTMLElement);
    expect(list.getByText('measure=volume är inte giltigt; visar total.')).toBeInTheDocument();
    expect(list.getByText('cities=atlantis är inte giltigt; visar programme.')).toBeInTheDocument();
    await waitFor(() => expect(figure()).toHaveAttribute('data-cities', '23'));
  });

  it('selects a wave with a preset and clears the selection with another', async () => {
    const user = userEvent.setup();
    renderRoute('/compare');
    await user.click(await screen.findByRole('button', { name: 'Våg 2 (2021)' }));
    await waitFor(() => expect(figure()).toHaveAttribute('data-cities', '14'));
    expect(screen.getByText('(14 valda; programmet har 23)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rensa' }));
    expect(screen.getByText('Välj minst en stad för att visa diagrammet.')).toBeInTheDocument();
  });

  it('picks the cities that had signed by a date, asking the server for that day', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/cities', ({ request }) => {
        const { searchParams } = new URL(request.url);
        const asOf = searchParams.get('asOf');
        asked.push(asOf);
        if (asOf !== '2021-10-31')
          return HttpResponse.json(searchParams.get('scope') === 'all' ? fixtures.citiesAll : fixtures.cities);
        // The server's answer for that day: wave 2 had joined but not signed.
        const cities = fixtures.cities.cities.map((c) =>
          c.memberships.some((m) => m.cohortId === 'wave-2')
            ? {
                ...c,
                contract: {
                  ...c.contract,
                  status: 'joined' as const,
                  firstSignedOn: null,
                  firstSignedDateCertainty: null,
                  latestVersionId: null,
                },
              }
            : c,
        );
        return HttpResponse.json({ ...fixtures.cities, asOf, cities });
      }),
    );
    const user = userEvent.setup();
    renderRoute('/compare');
    const date = await screen.findByLabelText('Signerat senast');
    await user.clear(date);
    await user.type(date, '2021-10-31');
    await user.click(screen.getByRole('button', { name: 'Välj' }));
    await waitFor(() => expect(figure()).toHaveAttribute('data-cities', '9'));
    expect(asked).toContain('2021-10-31');
  });

  it('filters the city list by search', async () => {
    const user = userEvent.setup();
    renderRoute('/compare');
    await user.type(await screen.findByLabelText('Sök bland alla kommuner'), 'ume');
    const list = screen.getByRole('group', { name: /Städer/ }).querySelector('.picker__list') as HTMLElement;
    const shown = () =>
      within(list)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent?.trim());
    expect(shown()).toEqual(['Umeå']);
    // The search covers every municipality; one outside the programme says so.
    await user.clear(screen.getByLabelText('Sök bland alla kommuner'));
    await user.type(screen.getByLabelText('Sök bland alla kommuner'), 'håbo');
    expect(shown()).toEqual(['Håbo (utanför programmet)']);
    await user.click(within(list).getByRole('checkbox', { name: /Håbo/ }));
    await waitFor(() => expect(figure()).toHaveAttribute('data-cities', '24'));
  });

  it('selects the EU Mission’s cities with a preset, from the roster', async () => {
    const user = userEvent.setup();
    renderRoute('/compare');
    await user.click(await screen.findByRole('button', { name: 'EU Mission-städer' }));
    await waitFor(() => expect(figure()).toHaveAttribute('data-cities', '7'));
    expect(screen.getByText('(7 valda; programmet har 23)')).toBeInTheDocument();
    // Waves come from the roster's cohorts; there are no twins in it yet, so no twin preset.
    expect(screen.getByRole('button', { name: 'Våg 1 (2019)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tvillingpar' })).not.toBeInTheDocument();
  });

  it('shows the plotted numbers as a table', async () => {
    renderRoute('/compare?cities=lund&view=table');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /^Lund/ });
    expect(row.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain('334 786');
    expect(within(table).queryByRole('columnheader', { name: '2017' })).not.toBeInTheDocument();
  });

  it('shows an error with the server’s detail and a retry', async () => {
    server.use(http.get('*/api/v1/emissions', () => problem(500, 'Database locked.')));
    renderRoute('/compare');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Database locked.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });
});
