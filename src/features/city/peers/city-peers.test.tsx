import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { fixtures } from '../../../../mocks/fixtures.ts';
import { problem } from '../../../../mocks/handlers.ts';
import { server } from '../../../../mocks/node.ts';
import { renderRoute } from '../../../../tests/render.tsx';

const malmo = fixtures.peers.malmo!;

describe('city page: peers and fastest cuts', () => {
  it('names Malmö’s peers with the features side by side and the measure and weights', async () => {
    renderRoute('/cities/malmo');
    const section = await screen.findByRole('region', { name: 'Städer som liknar din' });
    const list = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(list.map((text) => text?.split(' ')[0])).toEqual(malmo.peers.map((p) => p.name));
    const table = within(section).getByRole('table', { name: /Malmö och de mest lika städerna/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Kännetecken', 'Malmö', ...malmo.peers.map((p) => p.name)]);
    // Uppsala's per-person figure, as the API gives it (2.4834 t → 2,5).
    const perCapita = within(table).getByRole('row', { name: /Utsläpp per invånare/ });
    expect(perCapita).toHaveTextContent('2,2');
    expect(perCapita).toHaveTextContent('2,5');
    expect(
      within(section).getByText(/Vikter: sektorandelar 1, per invånare 1, folkmängd \(log\) 1\./),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Jämför Malmö och Uppsala' })).toHaveAttribute(
      'href',
      '/compare?cities=malmo,uppsala&measure=per-capita&from=2015',
    );
  });

  it('ranks the cutters per person by default and in percent on request, saying which', async () => {
    const user = userEvent.setup();
    renderRoute('/cities/malmo');
    const section = await screen.findByRole('region', { name: 'Vem minskade snabbast i dina största sektorer' });
    const transport = () => within(section).getByRole('group', { name: /^Transporter: 37,9 % av Malmös utsläpp/ });
    expect(
      within(transport()).getByRole('table', { name: /^Störst minskning per invånare i Transporter/ }),
    ).toBeVisible();
    await user.click(within(section).getByRole('radio', { name: 'Procent' }));
    const table = within(transport()).getByRole('table', { name: /^Störst minskning i procent i Transporter/ });
    const byPercent = malmo.dominantSectors[0]!.byPercent;
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(byPercent.cutters.map((c) => c.name));
    expect(transport()).toHaveTextContent(`plats ${byPercent.ownRank} av ${byPercent.of} räknat i procent`);
  });

  it('shows each similar city’s change since 2015 beside the likeness: Mariestad −3,8 %, Enköping −8,2 %', async () => {
    renderRoute('/cities/mariestad');
    const section = await screen.findByRole('region', { name: 'Städer som liknar din' });
    const row = within(section).getByRole('row', { name: /Utsläppens förändring 2015–2024/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.replace(/[\u00a0\u202f]/g, ' '));
    const mariestad = fixtures.peers.mariestad!;
    expect(cells).toHaveLength(1 + mariestad.peers.length);
    expect(cells[0]).toBe('−3,8 %');
    expect(cells[mariestad.peers.findIndex((p) => p.cityId === 'enkoping') + 1]).toBe('−8,2 %');
  });

  it('lists the top cutters per dominant sector with per-person, tonnes and percent, and a link comparing all', async () => {
    renderRoute('/cities/malmo');
    const section = await screen.findByRole('region', { name: 'Vem minskade snabbast i dina största sektorer' });
    const transport = within(section).getByRole('group', { name: /^Transporter: 37,9 % av Malmös utsläpp/ });
    const first = malmo.dominantSectors[0]!.cutters[0]!;
    const row = within(transport).getByRole('row', { name: new RegExp(first.name) });
    expect(row).toHaveTextContent('−0,64'); // −0.6401 t/person
    expect(row).toHaveTextContent('−8 075'); // −8 075.42 t (text matching folds the no-break space)
    expect(row).toHaveTextContent('−5,6');
    expect(within(transport).getByRole('link', { name: 'Jämför Malmö med alla 3 →' })).toHaveAttribute(
      'href',
      '/compare?cities=malmo,enkoping,skelleftea,eskilstuna&measure=per-capita&from=2015',
    );
    expect(within(section).getByRole('group', { name: /^El och fjärrvärme/ })).toHaveTextContent('plats 1 av 23');
  });

  it('speaks English', async () => {
    renderRoute('/cities/malmo', { lang: 'en' });
    expect(await screen.findByRole('heading', { name: 'Cities like yours' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Who cut fastest in your biggest sectors' })).toBeInTheDocument();
  });

  it('shows the error with a retry when the peers fail, and the rest of the page still renders', async () => {
    server.use(http.get('*/api/v1/cities/:id/peers', () => problem(503, 'Peers are being recomputed.')));
    renderRoute('/cities/malmo');
    expect(await screen.findByText('Peers are being recomputed.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Malmö', level: 1 })).toBeInTheDocument();
  });
});
