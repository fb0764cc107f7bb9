import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import {
  citySigningsFixture,
  MOCK_ADMIN_TOKEN,
  MOCK_VERSION,
  signingFixture,
} from '../../../../mocks/admin-fixtures.ts';
import { adminProblem } from '../../../../mocks/admin-handlers.ts';
import { server } from '../../../../mocks/node.ts';
import { renderRoute } from '../../../../tests/render.tsx';

beforeEach(() => sessionStorage.setItem('ks.admin.token', MOCK_ADMIN_TOKEN));
afterEach(() => sessionStorage.clear());

async function openForm() {
  const user = userEvent.setup();
  renderRoute('/admin?tab=signings');
  await screen.findByRole('heading', { name: 'Registrera eller rätta en signering' });
  return user;
}

async function fill(user: ReturnType<typeof userEvent.setup>, url = 'https://viablecities.se/klimatkontrakt-2026') {
  await user.selectOptions(screen.getByLabelText('Stad'), 'Malmö');
  await user.type(screen.getByLabelText('Version (år)'), '2026');
  await user.type(screen.getByLabelText('Datum'), '2026-12-08');
  await user.type(screen.getByLabelText('Källa (webbadress)'), url);
}

describe('recording a signing', () => {
  it('marks each missing field and sends nothing', async () => {
    let sent = 0;
    server.use(http.put('*/api/v1/admin/signings', () => void sent++));
    const user = await openForm();
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(screen.getByLabelText('Stad')).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByLabelText('Version (år)')).toBeInvalid();
    expect(screen.getByLabelText('Källa (webbadress)')).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByText('Rätta fälten som är markerade.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Källa (webbadress)'), 'viablecities.se');
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(screen.getByLabelText('Källa (webbadress)')).toHaveAccessibleDescription(
      'En webbadress börjar med http:// eller https://.',
    );
    expect(sent).toBe(0);
  });

  it('sends the signing based on the version of the city’s signings it read, and says it was recorded', async () => {
    let body: unknown = null;
    let ifMatch: string | null = null;
    server.use(
      http.put('*/api/v1/admin/signings', async ({ request }) => {
        body = await request.json();
        ifMatch = request.headers.get('If-Match');
        return HttpResponse.json(signingFixture);
      }),
    );
    const user = await openForm();
    await fill(user);
    expect(
      await screen.findByText(/^Registrerat för Malmö nu: kontrakt 2020 \(11 dec\.? 2020\), /),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(
      await screen.findByText(/Registrerad: Malmö, version 2026, 8 dec\.? 2026 \(ändringslogg nr 5\)\./),
    ).toBeInTheDocument();
    expect(body).toEqual({
      cityId: 'malmo',
      versionId: '2026',
      kind: 'contract',
      signedOn: '2026-12-08',
      sourceUrl: 'https://viablecities.se/klimatkontrakt-2026',
    });
    expect(ifMatch).toBe(`"${MOCK_VERSION}"`);
  });

  it('refuses a date before the programme or in another year than the version, before sending', async () => {
    let sent = 0;
    server.use(http.put('*/api/v1/admin/signings', () => void sent++));
    const user = await openForm();
    await fill(user);
    await user.clear(screen.getByLabelText('Datum'));
    await user.type(screen.getByLabelText('Datum'), '2025-12-08');
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(screen.getByLabelText('Datum')).toHaveAccessibleDescription(
      'Datumet ska ligga i versionens år (en signering av version 2026 är daterad 2026).',
    );
    await user.clear(screen.getByLabelText('Datum'));
    await user.type(screen.getByLabelText('Datum'), '1900-12-01');
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(screen.getByLabelText('Datum')).toHaveAccessibleDescription(
      'Datumet ska ligga mellan programmets start (2019-01-01) och ett år fram.',
    );
    expect(sent).toBe(0);
  });

  it('says when the server found nothing to change (no audit entry)', async () => {
    server.use(
      http.put('*/api/v1/admin/signings', () =>
        HttpResponse.json({ ...signingFixture, created: false, auditId: null }),
      ),
    );
    const user = await openForm();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(await screen.findByText(/^Oförändrad: Malmö, version 2026, .* Inget sparades\.$/)).toBeInTheDocument();
  });

  it('shows a field the server rejects at that field', async () => {
    server.use(
      http.put('*/api/v1/admin/signings', () =>
        adminProblem(400, 'signedOn is before the contract version 2026 was published.', { parameter: 'signedOn' }),
      ),
    );
    const user = await openForm();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(await screen.findByText('signedOn is before the contract version 2026 was published.')).toBeInTheDocument();
    expect(screen.getByLabelText('Datum')).toHaveAccessibleDescription(
      'signedOn is before the contract version 2026 was published.',
    );
  });

  it('lists the current signings and starts a correction from one', async () => {
    const user = await openForm();
    const table = screen.getByRole('table', { name: /Alla registrerade signeringar/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(23);
    await user.click(within(table).getByRole('button', { name: 'Rätta Malmös signering av version 2020' }));
    expect(screen.getByLabelText('Stad')).toHaveValue('malmo');
    expect(screen.getByLabelText('Version (år)')).toHaveValue('2020');
    expect(screen.getByLabelText('Datum')).toHaveValue('2020-12-11');
    expect(screen.getByRole('heading', { name: 'Registrera eller rätta en signering' })).toHaveFocus();
  });
});

describe('when someone else changed the city’s signings first (412)', () => {
  it('shows yours beside theirs and applies yours again with their version', async () => {
    const ifMatches: (string | null)[] = [];
    const theirs = citySigningsFixture('malmo');
    const current = {
      cityId: 'malmo',
      signings: [...theirs.signings, { ...signingFixture.signing, signedOn: '2026-12-09', origin: 'api' }],
      sources: theirs.sources,
    };
    server.use(
      http.put('*/api/v1/admin/signings', ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        return ifMatches.length === 1
          ? adminProblem(412, "Malmö's signings changed since you read them.", {
              yourVersion: MOCK_VERSION,
              currentVersion: 'theirs-version',
              current,
            })
          : HttpResponse.json({ ...signingFixture, created: false });
      }),
    );
    const user = await openForm();
    await fill(user);
    await screen.findByText(/^Registrerat för Malmö nu/);
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    const conflict = await screen.findByRole('region', {
      name: 'Någon annan har ändrat Malmös signeringar medan du redigerade',
    });
    expect(conflict).toHaveFocus();
    expect(within(conflict).getByText('Dina (inte sparade)').parentElement).toHaveTextContent(
      /Kontrakt 2026, signerat 8 dec\.? 2026/,
    );
    expect(within(conflict).getByText('Deras (sparade nu)').parentElement).toHaveTextContent(
      /Kontrakt 2026, signerat 9 dec\.? 2026/,
    );
    await user.click(within(conflict).getByRole('button', { name: 'Lägg in mina igen, över deras' }));
    expect(await screen.findByText(/^Rättad: Malmö, version 2026/)).toBeInTheDocument();
    expect(ifMatches).toEqual([`"${MOCK_VERSION}"`, '"theirs-version"']);
  });
});

describe('removing a signing', () => {
  it('asks first, says a curated one is curated, and sends DELETE with If-Match and the confirmation', async () => {
    let asked: { url: string; ifMatch: string | null } | null = null;
    server.use(
      http.delete('*/api/v1/admin/signings/:cityId/:versionId/:kind', ({ request }) => {
        asked = { url: request.url, ifMatch: request.headers.get('If-Match') };
        const removed = citySigningsFixture('malmo').signings.find((s) => s.versionId === '2020');
        return HttpResponse.json({ removed, auditId: 8, version: 'v2' });
      }),
    );
    const user = await openForm();
    const table = screen.getByRole('table', { name: /Alla registrerade signeringar/ });
    await user.click(within(table).getByRole('button', { name: 'Ta bort Malmös signering av version 2020' }));
    const panel = screen.getByRole('region', { name: 'Ta bort Malmös kontrakt 2020?' });
    expect(panel).toHaveFocus();
    expect(await within(panel).findByText(/kommer från den granskade datan/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Ta bort signeringen' }));
    expect(await within(panel).findByText('Borttagen: Malmö, kontrakt 2020 (ändringslogg nr 8).')).toHaveFocus();
    expect(asked).toEqual({
      url: expect.stringMatching(/\/api\/v1\/admin\/signings\/malmo\/2020\/contract\?curated=confirm$/),
      ifMatch: `"${MOCK_VERSION}"`,
    });
    await user.click(within(panel).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('region', { name: 'Ta bort Malmös kontrakt 2020?' })).not.toBeInTheDocument();
  });

  it('a removal refused with 412 shows theirs; "keep theirs" closes without removing', async () => {
    const current = citySigningsFixture('malmo');
    let calls = 0;
    server.use(
      http.delete('*/api/v1/admin/signings/:cityId/:versionId/:kind', () => {
        calls++;
        return adminProblem(412, 'Changed.', {
          yourVersion: MOCK_VERSION,
          currentVersion: 'theirs-version',
          current: { cityId: 'malmo', signings: current.signings, sources: current.sources },
        });
      }),
    );
    const user = await openForm();
    await user.click(screen.getByRole('button', { name: 'Ta bort Malmös signering av version 2020' }));
    const panel = screen.getByRole('region', { name: 'Ta bort Malmös kontrakt 2020?' });
    await user.click(await within(panel).findByRole('button', { name: 'Ta bort signeringen' }));
    const conflict = await within(panel).findByRole('region', {
      name: 'Någon annan har ändrat Malmös signeringar medan du redigerade',
    });
    expect(within(conflict).getByText('Dina (inte sparade)').parentElement).toHaveTextContent(
      /Ta bort: Kontrakt 2020, signerat 11 dec\.? 2020/,
    );
    await user.click(within(conflict).getByRole('button', { name: 'Släng mina, behåll deras' }));
    expect(screen.queryByRole('region', { name: 'Ta bort Malmös kontrakt 2020?' })).not.toBeInTheDocument();
    expect(calls).toBe(1);
  });
});
