import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { MOCK_ADMIN_TOKEN } from '../../../mocks/admin-fixtures.ts';
import { adminProblem } from '../../../mocks/admin-handlers.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';

afterEach(() => sessionStorage.clear());

async function signIn(token: string) {
  const user = userEvent.setup();
  renderRoute('/admin');
  await user.type(await screen.findByLabelText('Nyckel'), token);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
  return user;
}

describe('signing in to /admin', () => {
  it('accepts a valid token, keeps it in sessionStorage only, and signs out', async () => {
    const user = await signIn(MOCK_ADMIN_TOKEN);
    expect(await screen.findByText('Inloggad som mock-coordinator')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Versioner', selected: true })).toBeInTheDocument();
    expect(sessionStorage.getItem('ks.admin.token')).toBe(MOCK_ADMIN_TOKEN);
    expect(JSON.stringify({ ...localStorage })).not.toContain(MOCK_ADMIN_TOKEN);
    expect(document.cookie).not.toContain(MOCK_ADMIN_TOKEN);

    await user.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(await screen.findByLabelText('Nyckel')).toBeInTheDocument();
    expect(sessionStorage.getItem('ks.admin.token')).toBeNull();
  });

  it('says so when the token is wrong (401) and stores nothing', async () => {
    await signIn('not-the-token');
    expect(await screen.findByText(/Nyckeln godtogs inte/)).toBeInTheDocument();
    expect(sessionStorage.getItem('ks.admin.token')).toBeNull();
  });

  it('shows how to enable writes when the server has none (403)', async () => {
    server.use(
      http.get('*/api/v1/admin/session', () =>
        adminProblem(
          403,
          'Writes are not enabled on this server. Set ADMIN_TOKENS=name:token (tokens of 16 characters or more) and restart it.',
        ),
      ),
    );
    await signIn(MOCK_ADMIN_TOKEN);
    expect(await screen.findByText('Servern tar inte emot ändringar.')).toBeInTheDocument();
    expect(screen.getByText(/Set ADMIN_TOKENS=name:token/)).toBeInTheDocument();
    expect(sessionStorage.getItem('ks.admin.token')).toBeNull();
  });

  it('asks to wait after too many attempts (429), as long as Retry-After says', async () => {
    server.use(
      http.get('*/api/v1/admin/session', () => adminProblem(429, 'Too many attempts.', {}, { 'Retry-After': '30' })),
    );
    await signIn('guess');
    expect(await screen.findByText('För många försök. Vänta 30 sekunder och försök igen.')).toBeInTheDocument();
  });

  it('asks for a token before sending anything', async () => {
    const user = userEvent.setup();
    renderRoute('/admin');
    await user.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect(screen.getByLabelText('Nyckel')).toHaveAccessibleDescription('Skriv in din nyckel.');
  });

  it('goes back to sign-in when a stored token is no longer accepted', async () => {
    sessionStorage.setItem('ks.admin.token', 'withdrawn-token');
    const user = userEvent.setup();
    renderRoute('/admin');
    expect(await screen.findByText(/Nyckeln godtogs inte/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Logga in igen' }));
    expect(await screen.findByLabelText('Nyckel')).toBeInTheDocument();
    expect(sessionStorage.getItem('ks.admin.token')).toBeNull();
  });

  it('moves between the views with the arrow keys, in English too', async () => {
    sessionStorage.setItem('ks.admin.token', MOCK_ADMIN_TOKEN);
    const user = userEvent.setup();
    const { router } = renderRoute('/admin', { lang: 'en' });
    const releases = await screen.findByRole('tab', { name: 'Releases' });
    releases.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Signings', selected: true })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Audit log', selected: true })).toHaveFocus();
    expect(router.state.location.search).toBe('?tab=audit');
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
  });
});
