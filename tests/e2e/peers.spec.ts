/** Peers to learn from (issue 8) in Chromium against the real server: the city sections, the sector matrix, and through to a comparison. */
import { expect, test, SHOWN } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { peersResponseSchema, sectorChangesResponseSchema } from '../../contract/peers.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const signed = (value: number, options: Intl.NumberFormatOptions) =>
  nbsp(new Intl.NumberFormat('sv-SE', { signDisplay: 'exceptZero', ...options }).format(value)).replace('-', '\u2212');
const percent = (value: number) =>
  signed(value / 100, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

test('Malmö’s page names its peers and its fastest cutters with the API’s numbers, and links to a comparison of them', async ({
  page,
  request,
}) => {
  const api = peersResponseSchema.parse(await (await request.get('/api/v1/cities/malmo/peers')).json());
  expect(api.peers.map((p) => p.name)).toEqual(['Uppsala', 'Umeå', 'Helsingborg']);
  await page.goto('/cities/malmo');

  const peers = page.getByRole('region', { name: 'Städer som liknar din' });
  await expect(peers.getByRole('listitem')).toHaveCount(3);
  for (const [i, peer] of api.peers.entries())
    await expect(peers.getByRole('listitem').nth(i)).toContainText(peer.name);
  const table = peers.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Kännetecken', 'Malmö', 'Uppsala', 'Umeå', 'Helsingborg']);
  const population = table.getByRole('row', { name: /Folkmängd/ });
  await expect(population).toContainText(nbsp(new Intl.NumberFormat('sv-SE').format(api.peers[0]!.features.persons)));
  await expect(peers).toContainText('Vikter: sektorandelar 1, per invånare 1, folkmängd (log) 1.');

  const cuts = page.getByRole('region', { name: 'Vem minskade snabbast i dina största sektorer' });
  const transport = api.dominantSectors.find((d) => d.sectorId === 'transport')!;
  const first = transport.cutters[0]!;
  const group = cuts.getByRole('group', { name: /^Transporter/ });
  const row = group.getByRole('row', { name: new RegExp(first.name) });
  await expect(row).toContainText(
    signed(first.change.changeTonnesPerCapita!, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
  await expect(row).toContainText(signed(first.change.changeTonnes, { maximumFractionDigits: 0 }));
  await expect(row).toContainText(percent(first.change.changePercent!));

  await group.getByRole('link', { name: /Jämför Malmö med alla 3/ }).click();
  await expect(page).toHaveURL(/\/compare\?cities=malmo,enkoping,skelleftea,eskilstuna&measure=per-capita&from=2015/);
  for (const city of [{ cityId: 'malmo', name: 'Malmö' }, ...transport.cutters]) {
    await expect(page.getByRole('checkbox', { name: city.name, exact: true })).toBeChecked();
    await expect(page.locator(`.figure__plot ${SHOWN} [data-city="${city.cityId}"] .series__measured`)).toHaveAttribute(
      'd',
      /L[\d.]+,[\d.]+/,
    );
  }
  await expect(page.getByRole('checkbox', { name: 'Lund', exact: true })).not.toBeChecked();
});

test('the sector matrix sorts by a column, shows the API’s numbers, passes axe, and opens a city', async ({
  page,
  request,
}) => {
  const api = sectorChangesResponseSchema.parse(await (await request.get('/api/v1/sectors/changes')).json());
  await page.goto('/sectors');
  await expect(page.getByRole('heading', { level: 1, name: 'Sektorer: förändring sedan 2015' })).toBeVisible();
  const rows = page.locator('table.sector-matrix tbody tr');
  await expect(rows).toHaveCount(23);

  await page.getByRole('button', { name: /^Transporter/ }).click();
  await expect(page.getByRole('columnheader', { name: /Transporter/ })).toHaveAttribute('aria-sort', 'ascending');
  const byTransport = [...api.cities].sort(
    (a, b) => (a.sectors.transport?.changePercent ?? 0) - (b.sectors.transport?.changePercent ?? 0),
  );
  await expect(rows.first().getByRole('rowheader')).toHaveText(byTransport[0]!.name);
  // Column order: city, total, then the sectors as the API lists them; transport is the first sector.
  await expect(rows.first().getByRole('cell').nth(1)).toHaveText(
    percent(byTransport[0]!.sectors.transport!.changePercent!),
  );

  // The radio itself is hidden inside its label (a segmented control): click the label, as a reader does.
  await page.getByRole('group', { name: 'Visa som' }).getByText('Ton CO₂e', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Ton CO₂e' })).toBeChecked();
  await expect(rows.first().getByRole('cell').nth(1)).toHaveText(
    signed(byTransport[0]!.sectors.transport!.changeTonnes, { maximumFractionDigits: 0 }),
  );

  expect(await axeViolations(page), 'axe violations').toEqual([]);

  await rows.first().getByRole('link', { name: byTransport[0]!.name }).click();
  await expect(page).toHaveURL(new RegExp(`/cities/${byTransport[0]!.cityId}$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Städer som liknar din' })).toBeVisible();
});
