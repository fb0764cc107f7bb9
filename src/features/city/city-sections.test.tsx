import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '../../../mocks/fixtures.ts';
import { renderRoute } from '../../../tests/render.tsx';

const nbsp = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function section(name: string) {
  const heading = await screen.findByRole('heading', { level: 2, name });
  return heading.closest('section') as HTMLElement;
}

describe('city page sections', () => {
  it("lists Malmö's three targets with their statements and source links", async () => {
    renderRoute('/cities/malmo');
    const targets = await section('Mål');
    const items = within(within(targets).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    fixtures.cityDetails.malmo?.targets.forEach((target, i) => {
      const item = items[i] as HTMLElement;
      expect(item).toHaveTextContent(target.statement.sv);
      expect(within(item).getByRole('link', { name: target.source.title })).toHaveAttribute('href', target.source.url);
      expect(item).toHaveTextContent(target.source.note.sv);
    });
    expect(items[0]).toHaveTextContent('−70 % från 1990');
    expect(items[0]).toHaveTextContent('Huvudmål');
    expect(nbsp(items[0]?.textContent)).toContain('Målbanan: från 1 233 101 t år 1990 till 369 930 t år 2030');
    expect(items[2]).toHaveTextContent('Stadens organisation');
    expect(items[2]).toHaveTextContent('Uttalande utan siffra');
  });

  it('says "Inget mål registrerat" for Borås and draws no target path', async () => {
    renderRoute('/cities/boras');
    const targets = await section('Mål');
    expect(within(targets).getByText('Inget mål registrerat')).toBeInTheDocument();
    expect(within(targets).queryByRole('list')).not.toBeInTheDocument();
    // The headline says it in the words the overview, the map and the standings use.
    expect(screen.getByText('krävd årlig minskning', { selector: 'dt' }).parentElement).toHaveTextContent('Inget mål');
    expect(screen.getByText('bedömning mot mål', { selector: 'dt' }).parentElement).toHaveTextContent(
      /^bedömning mot målInget mål/,
    );
    const trajectory = await section('Utsläpp, trend, mål och referensbana');
    expect(
      within(trajectory).getByText('Inget mål registrerat: det finns ingen målbana att rita.'),
    ).toBeInTheDocument();
    expect(
      within(within(trajectory).getByRole('list', { name: 'Teckenförklaring' })).queryByText('Målbana'),
    ).not.toBeInTheDocument();
    // Against the reference path Borås is still assessed, in words.
    expect(screen.getByText('bedömning mot mål', { selector: 'dt' }).parentElement).toHaveTextContent(
      'Mot referensbanan: ✗Över budgeten',
    );
  });

  it("shows Stockholm's target statement with its source and says there is no figure to draw a path from", async () => {
    renderRoute('/cities/stockholm');
    const targets = await section('Mål');
    const stockholm = fixtures.cityDetails.stockholm?.targets[0];
    expect(within(targets).getByText(stockholm?.statement.sv ?? '')).toBeInTheDocument();
    expect(within(targets).getByRole('link', { name: stockholm?.source.title ?? '' })).toHaveAttribute(
      'href',
      stockholm?.source.url,
    );
    expect(within(targets).getByText(/Det finns ingen siffra att rita en bana från/)).toBeInTheDocument();
    expect(within(targets).getByText('Huvudmål, men utan en siffra att räkna en bana från')).toBeInTheDocument();
    expect(within(targets).queryByText(/Huvudmål: banan i diagrammet/)).not.toBeInTheDocument();
    const trajectory = await section('Utsläpp, trend, mål och referensbana');
    expect(within(trajectory).getByText(/Stadens mål anger ingen siffra att räkna en bana från/)).toBeInTheDocument();
  });

  it('shows the sectors of the latest year by default and another reported year when chosen', async () => {
    const user = userEvent.setup();
    renderRoute('/cities/malmo');
    const sectors = await section('Utsläpp per sektor');
    expect(
      within(sectors).getByRole('img', { name: /Malmös utsläpp per sektor, rapporterade år 1990–2024/ }),
    ).toBeInTheDocument();
    const year = within(sectors).getByRole('combobox', { name: 'År' });
    expect(year).toHaveValue('2024');
    expect(
      within(year)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1990', '2000', '2005', '2010', '2015', '2020', '2021', '2022', '2023', '2024']);
    const table = within(sectors).getByRole('table', { name: 'Malmö: utsläpp per sektor 2024' });
    const rows = within(table).getAllByRole('row');
    expect(nbsp(rows[1]?.textContent)).toBe('Transporter308 07537,9 %');
    expect(nbsp(rows.at(-1)?.textContent)).toBe('Totalt812 995100,0 %');

    await user.selectOptions(year, '2010');
    const table2010 = within(sectors).getByRole('table', { name: 'Malmö: utsläpp per sektor 2010' });
    expect(nbsp(within(table2010).getAllByRole('row')[1]?.textContent)).toMatch(/^El och fjärrvärme1 303 142/);
    // The unreported years are named next to the chart, not drawn as data.
    expect(sectors).toHaveTextContent(
      'Åren 1991–1999, 2001–2004, 2006–2009, 2011–2014, 2016–2019 redovisas inte på kommunnivå',
    );
  });

  it('lists the contract versions with kind, day, a star for inferred days and the sources', async () => {
    renderRoute('/cities/boras');
    const contract = await section('Klimatkontrakt 2030');
    const items = within(within(contract).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => nbsp(li.firstChild?.textContent))).toEqual([
      'Version 2021',
      'Version 2022',
      'Version 2023',
    ]);
    expect(items[0]).toHaveTextContent('Avsiktsförklaring, signerad 8 dec. 2021');
    expect(items[0]).not.toHaveTextContent('*');
    expect(items[1]).toHaveTextContent('Kontrakt, signerad 8 dec. 2022*');
    expect(items[1]).toHaveTextContent('(datum härlett)');
    expect(contract).toHaveTextContent('* Datumet anges inte per stad i källorna utan är härlett');
    const boras = fixtures.cityDetails.boras;
    const first = boras?.contractSources.find((s) => s.id === boras.contractHistory[0]?.sourceIds[0]);
    expect(within(items[0] as HTMLElement).getAllByRole('link', { name: first?.title.sv ?? '' })[0]).toHaveAttribute(
      'href',
      first?.url,
    );
  });

  it('offers the plotted trajectory numbers as a table', async () => {
    const user = userEvent.setup();
    renderRoute('/cities/malmo');
    const trajectory = await section('Utsläpp, trend, mål och referensbana');
    expect(within(trajectory).getByRole('img', { name: /Malmös utsläpp 1990–2024/ })).toBeInTheDocument();
    await user.click(within(trajectory).getByText('Visa siffrorna som tabell'));
    const table = within(trajectory).getByRole('table', { name: /Malmö: rapporterade utsläpp och beräknade banor/ });
    const rowNames = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rowNames).toEqual(['Malmö', 'Malmö · Målbana', 'Malmö · Referensbana', 'Malmö · Trend']);
    expect(nbsp(within(table).getAllByRole('row')[1]?.textContent)).toContain('1 233 101');
  });

  it('notes the release, the method and why the figures lag', async () => {
    renderRoute('/cities/malmo');
    const notes = await section('Om siffrorna');
    expect(notes).toHaveTextContent('Version: SMHI, utsläpp t.o.m. 2024 (publicerad 2026).');
    expect(within(notes).getByRole('heading', { level: 3, name: 'Varför senaste året är 2024' })).toBeInTheDocument();
    expect(within(notes).getByRole('link', { name: /Nationella emissionsdatabasen/ })).toHaveAttribute(
      'href',
      'https://nationellaemissionsdatabasen.smhi.se/',
    );
  });
});
