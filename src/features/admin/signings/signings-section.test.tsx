import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MOCK_ADMIN_TOKEN, signingFixture } from '../../../../mocks/admin-fixtures.ts';
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
    expect(screen.getByLabelText('Källa (webbadress)')).toHaveAccessibleDescription('En webbadress börjar med http:// eller https://.');
    expect(sent).toBe(0);
  });

  it('sends the signing and says it was recorded, with the audit entry', async () => {
    let body: unknown = null;
    server.use(
      http.put('*/api/v1/admin/signings', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(signingFixture);
      }),
    );
    const user = await openForm();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(await screen.findByText(/Registrerad: Malmö, version 2026, 8 dec\.? 2026 \(ändringslogg nr 5\)\./)).toBeInTheDocument();
    expect(body).toEqual({ cityId: 'malmo', versionId: '2026', kind: 'contract', signedOn: '2026-12-08', sourceUrl: 'https://viablecities.se/klimatkontrakt-2026' });
  });

  it('says when the server found nothing to change (no audit entry)', async () => {
    server.use(http.put('*/api/v1/admin/signings', () => HttpResponse.json({ ...signingFixture, created: false, auditId: null })));
    const user = await openForm();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(await screen.findByText(/^Oförändrad: Malmö, version 2026, .* Inget sparades\.$/)).toBeInTheDocument();
  });

  it('shows a field the server rejects at that field', async () => {
    server.use(http.put('*/api/v1/admin/signings', () => adminProblem(400, 'signedOn is before the contract version 2026 was published.', { parameter: 'signedOn' })));
    const user = await openForm();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Spara signeringen' }));
    expect(await screen.findByText('signedOn is before the contract version 2026 was published.')).toBeInTheDocument();
    expect(screen.getByLabelText('Datum')).toHaveAccessibleDescription('signedOn is before the contract version 2026 was published.');
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
