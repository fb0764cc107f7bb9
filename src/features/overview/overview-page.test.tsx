import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fixtures } from '../../../mocks/fixtures.ts';
import { problem } from '../../../mocks/handlers.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { formatChange } from '../../lib/format.ts';

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

function bodyRows() {
  const table = screen.getByRole('table', { name: /^Programmets 23 städer/ });
  return within(table).getAllByRole('row').slice(1);
}

describe('overview page', () => {
  it('shows a loading state, then the headline figures and all 23 cities', async () => {
    renderRoute('/');
    expect(screen.getByRole('status')).toHaveTextContent('Hämtar data');
    expect(await screen.findByRole('table', { name: /^Programmets 23 städer/ })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(23);
    // The cohorts come from the roster.
    expect(screen.getByText('9 i Våg 1 (2019), 14 i Våg 2 (2021)')).toBeInTheDocument();
    expect(screen.getByText('23 av 23')).toBeInTheDocument();
    expect(screen.getByText('9 år 2020; 23 i slutet av 2022')).toBeInTheDocument();
    // Against their own targets: none of the five with a figure is on track; the rest say why they are not counted.
    const onTrack = screen.getByText('av städerna med ett eget mål med siffra är i fas').parentElement as HTMLElement;
    expect(within(onTrack).getByText('0 av 4')).toBeInTheDocument();
    expect(onTrack).toHaveTextContent('5 har ett mål utan siffra, 14 inget mål');
    const lund = within(screen.getByRole('rowheader', { name: 'Lund' }).closest('tr') as HTMLElement);
    expect(nbsp(lund.getByText(/209/).textContent)).toBe('209 791');
    expect(lund.getByText('Skåne län')).toBeInTheDocument();
    expect(lund.getByText('sedan 11 dec. 2020')).toBeInTheDocument();
  });

  it('sets the programme against the rest of Sweden, with the caveat that it is no proof of effect', async () => {
    renderRoute('/');
    const table = await screen.findByRole('table', { name: /^Utsläpp i programmet, övriga kommuner och Sverige/ });
    const [programme, rest, sweden] = fixtures.programmeComparison.groups;
    const row = (name: string) => within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement);
    expect(row('Programmets städer').getByText('23')).toBeInTheDocument();
    expect(row('Övriga kommuner').getByText(String(rest?.municipalities))).toBeInTheDocument();
    expect(nbsp(row('Programmets städer').getAllByRole('cell')[2]?.textContent ?? '')).toBe(
      nbsp(formatChange(programme?.changeSince1990Percent ?? 0, 'sv')),
    );
    expect(row('Sverige totalt (SMHI)').getAllByRole('cell')[0]).toHaveTextContent('–');
    expect(sweden?.latest?.tonnesCo2e).toBeGreaterThan(0);
    expect(screen.getByText('En jämförelse, inte ett bevis på effekt')).toBeInTheDocument();
  });

  it('states the data source and release below the table', async () => {
    renderRoute('/');
    const source = await screen.findByRole('region', { name: 'Källa och version' });
    expect(source).toHaveTextContent('SMHI, utsläpp t.o.m. 2024 (publicerad 2026)');
    expect(within(source).getByRole('link', { name: /Nationella emissionsdatabasen/ })).toHaveAttribute(
      'href',
      'https://nationellaemissionsdatabasen.smhi.se/',
    );
    expect(source).toHaveTextContent('1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024');
  });

  it('sorts by a column when its heading is clicked, and reverses on a second click', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('table', { name: /städer|cities/ });
    const header = screen.getByRole('button', { name: /Per invånare/ });
    await user.click(header);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
    const perCapita = [...fixtures.cities.cities].sort(
      (a, b) => (b.latest?.tonnesPerCapita ?? 0) - (a.latest?.tonnesPerCapita ?? 0),
    );
    expect(within(bodyRows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(perCapita[0]?.name ?? '');
    await user.click(header);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(within(bodyRows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(perCapita.at(-1)?.name ?? '');
  });

  it('keeps the sort from the URL', async () => {
    renderRoute('/?sort=latest&dir=desc');
    await screen.findByRole('table', { name: /städer|cities/ });
    expect(within(bodyRows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Göteborg');
  });

  it('shows the server error detail and recovers on retry', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/cities', () => {
        calls++;
        return calls === 1 ? problem(503, 'The database is being updated.') : HttpResponse.json(fixtures.cities);
      }),
    );
    const user = userEvent.setup();
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta data.');
    expect(alert).toHaveTextContent('The database is being updated.');
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(screen.getByRole('table', { name: /^Programmets/ })).toBeInTheDocument());
  });

  it('treats a payload that breaks the contract as an error, not as data', async () => {
    server.use(http.get('*/api/v1/cities', () => HttpResponse.json({ ...fixtures.cities, cities: [{ id: 'malmo' }] })));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not match the contract/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when there are no cities', async () => {
    server.use(http.get('*/api/v1/cities', () => HttpResponse.json({ ...fixtures.cities, cities: [] })));
    renderRoute('/');
    expect(await screen.findByText('Det finns inga städer att visa.')).toBeInTheDocument();
  });

  it('speaks English with English number formats', async () => {
    renderRoute('/', { lang: 'en' });
    await screen.findByRole('table', { name: /städer|cities/ });
    expect(screen.getByText('23 of 23')).toBeInTheDocument();
    const lund = within(screen.getByRole('rowheader', { name: 'Lund' }).closest('tr') as HTMLElement);
    expect(lund.getByText('209,791')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
