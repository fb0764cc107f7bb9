import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '../../../mocks/fixtures.ts';
import { captureDownloads, downloaded } from '../../../tests/downloads.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { isoDay } from './file-name.ts';
import { parseCsv, parseCsvNumber } from './csv.ts';

afterEach(() => vi.restoreAllMocks());

describe('downloads', () => {
  it('the compare table downloads the plotted numbers as Swedish CSV', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderRoute('/compare?cities=malmo,lund&measure=per-capita&view=table');
    const menu = await screen.findByRole('group', { name: /^Ladda ner Utsläpp av växthusgaser/ });
    expect(within(menu).queryByRole('button', { name: 'Ladda ner PNG' })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole('button', { name: 'Ladda ner CSV' }));
    await downloaded(downloads);
    expect(downloads.map((d) => d.name)).toEqual([
      `klimatneutrala-stader_jamfor_per-invanare_malmo-lund_1990-2030_${isoDay(new Date())}.csv`,
    ]);
    const rows = parseCsv(await (await downloaded(downloads)).blob.text(), { lang: 'sv' });
    const malmo = fixtures.emissions.series.find((s) => s.cityId === 'malmo')?.points.find((p) => p.year === 2024);
    const row = rows.find(([, id, series, year]) => id === 'malmo' && series === 'Rapporterat' && year === '2024');
    expect(parseCsvNumber(row?.[4] ?? '', { lang: 'sv' })).toBe(malmo?.tonnesPerCapita);
  });

  it('says in words when a chart cannot be exported', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderRoute('/compare?cities=malmo,lund');
    const menu = await screen.findByRole('group', { name: /^Ladda ner Utsläpp av växthusgaser/ });
    // jsdom draws nothing (recharts measures 0 × 0), so there is no chart to copy.
    await user.click(within(menu).getByRole('button', { name: 'Ladda ner SVG' }));
    expect(within(menu).getByRole('alert')).toHaveTextContent(
      'Kunde inte skapa SVG-filen: diagrammet är inte ritat ännu.',
    );
    expect(downloads).toEqual([]);
  });

  it('the overview downloads its table as CSV only, in the order on screen', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderRoute('/?sort=perCapita&dir=desc', { lang: 'en' });
    const menu = await screen.findByRole('group', { name: 'Download the table' });
    // CSV is the one download; the page's link sits beside it.
    expect(
      within(menu)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['Download CSV', 'Copy link']);
    await user.click(within(menu).getByRole('button', { name: 'Download CSV' }));
    expect((await downloaded(downloads)).name).toBe(
      `klimatneutrala-stader_overview_23-cities_2024_${isoDay(new Date())}.csv`,
    );
    const rows = parseCsv(await (await downloaded(downloads)).blob.text(), { lang: 'en' });
    const perCapita = rows.slice(1).map((row) => Number(row[8]));
    expect(perCapita).toEqual([...perCapita].sort((a, b) => b - a));
    expect(rows[0]?.[0]).toBe('City');
  });

  it('the standings download rank, city and unrounded value', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderRoute('/standings?measure=tonnesPerCapita');
    const menu = await screen.findByRole('group', { name: 'Ladda ner rangordningen' });
    await user.click(within(menu).getByRole('button', { name: 'Ladda ner CSV' }));
    expect((await downloaded(downloads)).name).toBe(
      `klimatneutrala-stader_rangordning_utslapp-per-invanare_2024_${isoDay(new Date())}.csv`,
    );
    const [header, ...rows] = parseCsv(await (await downloaded(downloads)).blob.text(), { lang: 'sv' });
    expect(header?.slice(0, 5)).toEqual(['Plats', 'Av', 'Stad', 'Id', 'Utsläpp per invånare, ton CO₂e per invånare']);
    const entries = fixtures.standings.tonnesPerCapita.entries;
    expect(rows.map((row) => [row[3], parseCsvNumber(row[4] ?? '', { lang: 'sv' })])).toEqual(
      entries.map((e) => [e.cityId, e.value]),
    );
  });
});

describe('embed snippet', () => {
  it('shows the iframe code for the current view and copies it', async () => {
    const user = userEvent.setup();
    renderRoute('/compare?cities=malmo,lund&measure=per-capita');
    const toggle = await screen.findByRole('button', { name: 'Bädda in' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Kod att bädda in' });
    expect(code).toHaveAttribute('readonly');
    expect(code.value).toBe(
      '<iframe src="http://localhost:3000/embed/compare?cities=malmo,lund&amp;measure=per-capita&amp;lang=sv" title="Diagram: Utsläpp av växthusgaser: Per invånare, ton CO₂e, 1990–2030" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
    await user.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(await navigator.clipboard.readText()).toBe(code.value);
    expect(screen.getByText('Kopierat.')).toBeInTheDocument();
  });

  it('copies the page’s link, which holds the view, and says so; where the clipboard refuses, shows it selected', async () => {
    const user = userEvent.setup();
    renderRoute('/?sort=perCapita&dir=desc');
    const menu = await screen.findByRole('group', { name: 'Ladda ner tabellen' });
    await user.click(within(menu).getByRole('button', { name: 'Kopiera länk' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/?sort=perCapita&dir=desc`);
    expect(menu).toHaveTextContent('Länken är kopierad.');

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(menu).getByRole('button', { name: 'Kopiera länk' }));
    const address = await within(menu).findByRole('textbox', { name: 'Sidans länk' });
    expect(address).toHaveValue(`${window.location.origin}/?sort=perCapita&dir=desc`);
    expect(address).toHaveFocus();
  });
});
