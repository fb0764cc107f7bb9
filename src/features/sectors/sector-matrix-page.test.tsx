import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '../../../mocks/fixtures.ts';
import { captureDownloads, downloaded } from '../../../tests/downloads.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { parseCsv, parseCsvNumber } from '../../components/export/csv.ts';

const data = fixtures.sectorChanges;
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const firstCity = () => within(bodyRows()[0] as HTMLElement).getByRole('rowheader').textContent;

afterEach(() => vi.restoreAllMocks());

describe('sector matrix page', () => {
  it('shows every city, largest total cut first, with signed numbers in the cells', async () => {
    renderRoute('/sectors');
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(23);
    const sorted = [...data.cities].sort((a, b) => (a.total?.changePercent ?? 0) - (b.total?.changePercent ?? 0));
    expect(firstCity()).toBe(sorted[0]?.name);
    expect(screen.getByRole('columnheader', { name: /Totalt/ })).toHaveAttribute('aria-sort', 'ascending');
    // Nacka: electricity & heating and international transport had 0 t in 2015, so no percent; said in words.
    const nacka = screen.getByRole('row', { name: /Nacka/ });
    expect(within(nacka).getAllByText('ingen procent: 0 ton 2015')).toHaveLength(2);
  });

  it('sorts by a sector with the keyboard and turns the order round on a second press', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/sectors');
    const button = await screen.findByRole('button', { name: /^Transporter/ });
    button.focus();
    await user.keyboard('{Enter}');
    const byTransport = [...data.cities].sort(
      (a, b) => (a.sectors.transport?.changePercent ?? 0) - (b.sectors.transport?.changePercent ?? 0),
    );
    expect(firstCity()).toBe(byTransport[0]?.name);
    expect(screen.getByRole('columnheader', { name: /Transporter/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.keyboard('{Enter}');
    expect(firstCity()).toBe(byTransport.at(-1)?.name);
    expect(router.state.location.search).toContain('sort=transport');
  });

  it('toggles to tonnes and per person', async () => {
    const user = userEvent.setup();
    renderRoute('/sectors?sort=name&dir=asc');
    await screen.findByRole('table');
    await user.click(screen.getByRole('radio', { name: 'Ton CO₂e' }));
    const first = [...data.cities].sort((a, b) => a.name.localeCompare(b.name, 'sv'))[0]!;
    const row = screen.getByRole('row', { name: new RegExp(first.name) });
    const tonnes = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
      .format(first.total!.changeTonnes)
      .replace('-', '−')
      .replace(/\s/g, ' ');
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(tonnes);
    await user.click(screen.getByRole('radio', { name: 'Ton per invånare' }));
    expect(screen.getByRole('table')).toHaveAccessibleName(/ton per invånare/i);
  });

  it('downloads the rows in the order on screen as CSV in both locales', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderRoute('/sectors?sort=transport&dir=asc');
    await user.click(await screen.findByRole('button', { name: 'Ladda ner CSV' }));
    const rows = parseCsv(await (await downloaded(downloads)).blob.text(), { lang: 'sv' });
    expect(rows[0]?.slice(0, 3)).toEqual(['Stad', 'Id', 'Totalt 2015–2024, Ton CO₂e']);
    expect(rows[1]?.[0]).toBe(firstCity());
    const city = data.cities.find((c) => c.name === rows[1]?.[0])!;
    const transportTonnes = rows[0]!.indexOf('Transporter 2015–2024, Ton CO₂e');
    expect(parseCsvNumber(rows[1]![transportTonnes]!, { lang: 'sv' })).toBe(city.sectors.transport?.changeTonnes);
    expect(rows).toHaveLength(24);
  });

  it('writes English CSV with a decimal point', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderRoute('/sectors', { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    const rows = parseCsv(await (await downloaded(downloads)).blob.text(), { lang: 'en' });
    expect(rows[0]?.[2]).toBe('Total 2015–2024, t CO₂e');
    expect(rows[1]?.[3]).toMatch(/^-?\d+(\.\d+)?$/);
  });
});
