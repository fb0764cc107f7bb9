/**
 * Issue 15 in the releases tab, through MSW: large changes in a preview must be confirmed
 * before Import is enabled (and the import carries the confirmation and the preview's
 * version); a release write refused with 412 says whose change won and offers to start over.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReleasePreview, ReleaseSummary, ReleaseWarning } from '../../../../contract/admin.ts';
import {
  importFixture,
  MOCK_ADMIN_TOKEN,
  previewFixture,
  releasesFixture,
  seededRelease,
} from '../../../../mocks/admin-fixtures.ts';
import { adminProblem } from '../../../../mocks/admin-handlers.ts';
import { server } from '../../../../mocks/node.ts';
import { renderRoute } from '../../../../tests/render.tsx';

/** An upload goes through XMLHttpRequest and MSW's interceptor in jsdom: seconds on a busy 2-core machine. */
const AFTER_UPLOAD = { timeout: 15_000 };
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const csv = () => new File(['Huvudsektor;Undersektor;Län;Kommun;2024\n'], 'smhi-export.csv', { type: 'text/csv' });

/** A warning about no city, sector or tonnes but those given. */
const warning = (
  given: Pick<ReleaseWarning, 'kind' | 'year' | 'message'> & Partial<ReleaseWarning>,
): ReleaseWarning => ({
  cityId: null,
  cityName: null,
  years: [],
  sectorId: null,
  sectorName: null,
  currentTonnes: null,
  proposedTonnes: null,
  ...given,
});

const warned: ReleasePreview = {
  ...previewFixture,
  warnings: [
    warning({
      kind: 'years-removed',
      year: 2016,
      years: [2016, 2017, 2018, 2019],
      message: 'years 2016, 2017, 2018, 2019 would no longer be shown',
    }),
    warning({
      kind: 'total-change',
      cityId: 'lund',
      cityName: 'Lund',
      year: 2024,
      currentTonnes: 200_000,
      proposedTonnes: 600_000,
      message: 'Lund 2024: the total changes',
    }),
    warning({
      kind: 'sector-appears',
      cityId: 'umea',
      cityName: 'Umeå',
      year: 2023,
      sectorId: 'international-transport',
      sectorName: 'Utrikes transporter',
      currentTonnes: 0,
      proposedTonnes: 5_000,
      message: 'Umeå 2023: appears',
    }),
  ],
  warningCount: 3,
  warningsHash: 'warnings-hash-123',
};

/** The release another coordinator made current meanwhile. */
const theirs: ReleaseSummary = {
  ...seededRelease,
  id: 'smhi-thru2024-2',
  label: { sv: 'SMHI t.o.m. 2024, Annas fil', en: "SMHI to 2024, Anna's file" },
  importedAt: '2026-11-28T20:05:00Z',
  importedBy: 'anna',
};
const conflict = (version: string) =>
  adminProblem(
    412,
    'Someone else has changed the current release since you read it.',
    {
      yourVersion: version,
      currentVersion: 'mock-releases-version-2',
      current: { currentReleaseId: theirs.id, release: theirs },
    },
    { ETag: '"mock-releases-version-2"' },
  );

beforeEach(() => sessionStorage.setItem('ks.admin.token', MOCK_ADMIN_TOKEN));
afterEach(() => {
  sessionStorage.clear();
  server.events.removeAllListeners();
});

/** The address and If-Match of every request from here on. */
function recordSent() {
  const sent: { url: string; ifMatch: string | null }[] = [];
  server.events.on(
    'request:start',
    ({ request }) => void sent.push({ url: request.url, ifMatch: request.headers.get('If-Match') }),
  );
  return sent;
}

async function upload() {
  const user = userEvent.setup();
  const view = renderRoute('/admin?tab=releases');
  await user.upload(await screen.findByLabelText('Fil att ladda upp'), csv());
  return { user, ...view };
}

describe('large changes in the preview', () => {
  it('are listed in words, and Import stays disabled until the coordinator confirms them', async () => {
    server.use(http.post('*/api/v1/admin/releases/preview', () => HttpResponse.json(warned)));
    const sent = recordSent();
    const { user } = await upload();
    const preview = await screen.findByRole('region', { name: /Förhandsvisning/ }, AFTER_UPLOAD);
    const warnings = within(preview).getByRole('region', { name: 'Stora ändringar att bekräfta: 3' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((li) => nbsp(li.textContent)),
    ).toEqual([
      'År som inte längre visas: 2016–2019',
      'Lund 2024: totalen ändras från 200 000 till 600 000 ton (+200,0 %)',
      'Umeå 2023: Utrikes transporter tillkommer (från 0 till 5 000 ton)',
    ]);
    expect(nbsp(within(preview).getByText(/Stora ändringar är:/).textContent)).toContain(
      'mer än 50 % och mer än 10 000 ton',
    );

    const importButton = within(preview).getByRole('button', { name: 'Importera versionen' });
    expect(importButton).toBeDisabled();
    expect(importButton).toHaveAccessibleDescription('Bekräfta de stora ändringarna först.');
    await user.click(
      within(preview).getByRole('checkbox', {
        name: 'Jag har läst de stora ändringarna och vill importera filen ändå',
      }),
    );
    expect(importButton).toBeEnabled();
    await user.click(importButton);
    expect(
      await screen.findByText(/är nu den aktuella versionen \(ändringslogg nr 4\)/, {}, AFTER_UPLOAD),
    ).toHaveTextContent(importFixture.release.id);
    const imported = sent.find((r) => new URL(r.url).pathname === '/api/v1/admin/releases');
    expect(new URL(imported?.url ?? 'http://x').searchParams.get('confirmWarnings')).toBe('warnings-hash-123');
    expect(imported?.ifMatch).toBe(`"${previewFixture.version}"`);
  });

  it('a preview without them imports at once, sending the version but no confirmation', async () => {
    const sent = recordSent();
    const { user } = await upload();
    const preview = await screen.findByRole('region', { name: /Förhandsvisning/ }, AFTER_UPLOAD);
    expect(within(preview).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Importera versionen' }));
    await screen.findByText(/är nu den aktuella versionen/, {}, AFTER_UPLOAD);
    const imported = sent.find((r) => new URL(r.url).pathname === '/api/v1/admin/releases');
    expect(new URL(imported?.url ?? 'http://x').search).toBe('?fileName=smhi-export.csv');
    expect(imported?.ifMatch).toBe(`"${previewFixture.version}"`);
  });
});

describe('someone else changed the current release', () => {
  it('after the preview: the import is refused (412), the panel names theirs and yours, and previews again', async () => {
    let previews = 0;
    server.use(
      http.post('*/api/v1/admin/releases/preview', () => (previews++, HttpResponse.json(previewFixture))),
      http.post('*/api/v1/admin/releases', ({ request }) => conflict(request.headers.get('If-Match') ?? '')),
    );
    const { user } = await upload();
    const preview = await screen.findByRole('region', { name: /Förhandsvisning/ }, AFTER_UPLOAD);
    await user.click(within(preview).getByRole('button', { name: 'Importera versionen' }));
    const alert = await screen.findByRole('alert', {}, AFTER_UPLOAD);
    expect(within(alert).getByRole('heading', { name: 'Någon annan har ändrat den aktuella versionen' })).toHaveFocus();
    expect(nbsp(alert.textContent)).toMatch(
      /Din förhandsvisning jämfördes med smhi-thru2024, men nu är SMHI t\.o\.m\. 2024, Annas fil \(smhi-thru2024-2\) aktuell \(importerad .+ av anna\)\. Inget har sparats\./,
    );
    await user.click(within(alert).getByRole('button', { name: 'Förhandsvisa igen' }));
    await screen.findByRole('region', { name: /Förhandsvisning/ }, AFTER_UPLOAD);
    expect(previews).toBe(2);
  });

  it('in the releases list: "make current" is refused (412), and the list says whose release is current now', async () => {
    const earlier = {
      ...releasesFixture.releases[0]!,
      id: 'smhi-thru2023',
      label: { sv: 'SMHI t.o.m. 2023', en: 'SMHI to 2023' },
      current: false,
    };
    let ifMatch: string | null = null;
    server.use(
      http.get('*/api/v1/releases', () =>
        HttpResponse.json({ ...releasesFixture, releases: [...releasesFixture.releases, earlier] }),
      ),
      http.put(
        '*/api/v1/admin/releases/current',
        ({ request }) => ((ifMatch = request.headers.get('If-Match')), conflict(ifMatch ?? '')),
      ),
    );
    const user = userEvent.setup();
    renderRoute('/admin');
    await user.click(await screen.findByRole('button', { name: 'Gör SMHI t.o.m. 2023 (smhi-thru2023) aktuell' }));
    const confirm = screen.getByRole('group', { name: 'Gör aktuell' });
    const yes = within(confirm).getByRole('button', { name: 'Ja, gör den aktuell' });
    // Enabled once the current release's version has arrived.
    await vi.waitFor(() => expect(yes).toBeEnabled());
    await user.click(yes);
    const alert = await screen.findByRole('alert');
    expect(nbsp(alert.textContent)).toMatch(
      /Listan visade smhi-thru2024 som aktuell, men nu är SMHI t\.o\.m\. 2024, Annas fil \(smhi-thru2024-2\) aktuell \(importerad .+ av anna\)\. Inget har ändrats\./,
    );
    expect(ifMatch).toBe(`"${previewFixture.version}"`);
    await user.click(within(alert).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
