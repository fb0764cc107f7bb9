import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { fixtures } from '../../../mocks/fixtures.ts';
import { problem } from '../../../mocks/handlers.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { formatChange, formatDecimal, formatTonnes } from '../../lib/format.ts';

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const table = async () => screen.findByRole('table', { name: /Städerna på kartan, utsläpp 2024/ });
const marks = () => screen.getAllByRole('link').filter((link) => link.getAttribute('class')?.includes('map-mark'));
const legend = () => screen.getByRole('region', { name: /Teckenförklaring/ });

describe('map page', () => {
  it('draws 21 län and a mark per city, and a table of the same 23 cities with the fixture figures', async () => {
    renderRoute('/map');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(23);
    expect(document.querySelectorAll('.map-lan__shape')).toHaveLength(21);
    expect(marks()).toHaveLength(23);
    for (const city of fixtures.cities.cities) {
      const row = rows.find((r) => r.getAttribute('data-city') === city.id);
      const cells = within(row as HTMLElement);
      expect(cells.getByRole('rowheader')).toHaveTextContent(city.name);
      expect(nbsp(row?.textContent ?? '')).toContain(nbsp(formatTonnes(city.latest?.tonnesCo2e ?? NaN, 'sv')));
      expect(nbsp(row?.querySelector('[data-measure="change2015"]')?.textContent ?? '')).toBe(
        nbsp(formatChange(city.changeSince2015Percent ?? NaN, 'sv')),
      );
      expect(row?.querySelector('[data-measure="per-capita"]')?.textContent).toBe(
        formatDecimal(city.latest?.tonnesPerCapita ?? NaN, 'sv', 2),
      );
    }
    expect(rows[0]).toHaveAttribute('data-city', 'borlange');
    expect(rows.at(-1)).toHaveAttribute('data-city', 'ostersund');
    expect(document.title).toBe('Städerna på kartan · Klimatneutrala städer 2030');
  });

  it('the marks say the same as the table for the active measure', async () => {
    renderRoute('/map?measure=per-capita');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(marks()).toHaveLength(23);
    for (const mark of marks()) {
      const id = mark.getAttribute('data-city');
      const value =
        rows.find((r) => r.getAttribute('data-city') === id)?.querySelector('td.is-shown')?.textContent ?? '';
      expect(nbsp(mark.getAttribute('aria-label'))).toContain(`: Per invånare: ${nbsp(value)}.`);
    }
    expect(mark('Malmö')).toHaveAttribute('href', '/cities/malmo');
  });

  it('switching the measure writes it to the URL and changes the legend', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/map');
    await table();
    expect(screen.getByRole('radio', { name: 'Förändring sedan 2015' })).toBeChecked();
    expect(within(legend()).getByText('under −30,0 %')).toBeInTheDocument();
    // Against the reference path: one vocabulary, within or over the budget, and its own rule.
    await user.click(screen.getByRole('radio', { name: 'Mot referensbanan' }));
    expect(router.state.location.search).toBe('?measure=budget');
    expect(within(legend()).getByRole('heading')).toHaveTextContent('Teckenförklaring: Mot referensbanan');
    expect(
      within(legend())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Inom budgeten3 st.', 'Över budgeten20 st.']);
    expect(within(legend()).getByText(/^Regel: Mot referensbanan ryms staden inom budgeten/)).toBeInTheDocument();
    expect(document.querySelector('svg.map-svg')).toHaveAttribute('data-measure', 'budget');
    // Against each city's own target: on or off track, and why the others are not assessed.
    await user.click(screen.getByRole('radio', { name: 'Mot eget mål' }));
    expect(router.state.location.search).toBe('?measure=target');
    expect(
      within(legend())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Inte i fas4 st.', 'Mål utan siffra5 st.', 'Inget mål14 st.']);
    expect(within(legend()).getByText(/^Regel: Mot sitt eget mål är staden i fas/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Förändring sedan 2015' }));
    expect(router.state.location.search).toBe('');
  });

  it('an unknown measure falls back to the default with a visible note', async () => {
    renderRoute('/map?measure=volume');
    await table();
    expect(screen.getByRole('status')).toHaveTextContent(
      'measure=volume är inget mått på kartan; visar Förändring sedan 2015.',
    );
    expect(screen.getByRole('radio', { name: 'Förändring sedan 2015' })).toBeChecked();
  });

  it('focus shows the figures in a tooltip; Escape hides it; a click opens the city', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/map');
    await table();
    fireEvent.focus(mark('Umeå'));
    const tip = screen.getByRole('tooltip');
    expect(nbsp(tip.textContent)).toContain('Umeå');
    expect(nbsp(tip.textContent)).toContain('Utsläpp 2024365 010 t');
    expect(nbsp(tip.textContent)).toContain('Sedan 2015−12,1 %');
    fireEvent.keyDown(mark('Umeå'), { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.click(mark('Malmö'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cities/malmo'));
  });

  it('highlights my city on the map, in the legend and in the table', async () => {
    localStorage.setItem('ks.myCity', 'umea');
    renderRoute('/map');
    const rows = within(await table()).getAllByRole('row');
    expect(within(legend()).getByText('Tjock kontur: min stad (Umeå)')).toBeInTheDocument();
    expect(rows.find((r) => r.getAttribute('data-city') === 'umea')).toHaveTextContent('Umeå (min stad)');
    expect(mark('Umeå')).toHaveClass('map-mark--mine');
    expect(document.querySelectorAll('.map-mark--mine')).toHaveLength(1);
  });

  it('names the sources of the figures and of the outlines', async () => {
    renderRoute('/map', { lang: 'en' });
    await screen.findByRole('table', { name: /The cities on the map/ });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The cities on the map');
    expect(screen.getByText(/Emissions, SMHI, emissions to 2024/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /okfse\/sweden-geojson/ })).toHaveAttribute(
      'href',
      fixtures.geo.source.url,
    );
  });

  it('shows the server’s problem when the outlines fail, and retries', async () => {
    server.use(http.get('*/api/v1/geo/lan', () => problem(503, 'The outlines are being rebuilt.')));
    renderRoute('/map');
    expect(await screen.findByRole('alert')).toHaveTextContent('The outlines are being rebuilt.');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when there are no cities', async () => {
    server.use(http.get('*/api/v1/cities', () => Response.json({ ...fixtures.cities, cities: [] })));
    renderRoute('/map');
    expect(await screen.findByText('Det finns inga städer att visa.')).toBeInTheDocument();
  });
});

function mark(name: string): HTMLElement {
  const found = marks().find((link) => link.getAttribute('aria-label')?.startsWith(`${name}:`));
  if (!found) throw new Error(`no mark for ${name}`);
  return found;
}
