import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fixtures } from '../../../mocks/fixtures.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';

describe('compare with an earlier release', () => {
  it('asks for the release in the address, says which one is shown, and keeps it while the view changes', async () => {
    const asked: (string | null)[] = [];
    const earlier = {
      ...fixtures.emissions.release,
      id: 'smhi-thru2023',
      label: { sv: 'SMHI t.o.m. 2023', en: 'SMHI to 2023' },
    };
    server.use(
      http.get('*/api/v1/emissions', ({ request }) => {
        const release = new URL(request.url).searchParams.get('release');
        asked.push(release);
        return HttpResponse.json({ ...fixtures.emissions, release: release ? earlier : fixtures.emissions.release });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?cities=malmo,lund&release=smhi-thru2023');
    expect(
      await screen.findByText(
        'Visar en annan version av SMHI:s data än den aktuella: SMHI t.o.m. 2023 (smhi-thru2023).',
      ),
    ).toBeInTheDocument();
    expect(asked).toEqual(['smhi-thru2023']);
    await user.click(screen.getByRole('radio', { name: 'Per invånare, ton CO₂e' }));
    expect(new URLSearchParams(router.state.location.search).get('release')).toBe('smhi-thru2023');

    await user.click(screen.getByRole('button', { name: 'Visa den aktuella versionen' }));
    expect(new URLSearchParams(router.state.location.search).get('release')).toBeNull();
    expect(router.state.location.search).toContain('measure=per-capita');
    expect(screen.queryByText(/Visar en annan version/)).not.toBeInTheDocument();
  });

  it('shows no notice for the current release', async () => {
    renderRoute('/compare?cities=malmo');
    await screen.findByRole('heading', { level: 1 });
    await screen.findAllByText(/Malmö/);
    expect(screen.queryByText(/Visar en annan version/)).not.toBeInTheDocument();
  });
});
