import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../../tests/render.tsx';
import { reportServerStatus } from '../api/server-status.ts';

afterEach(() => reportServerStatus('ok'));

describe('when the server stops answering', () => {
  it('keeps the view on a failed refetch, says so and retries', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute('/');
    expect(await screen.findAllByRole('row')).not.toHaveLength(0);
    expect(screen.queryByText('Servern svarar inte – visar senast hämtade data.')).not.toBeInTheDocument();

    server.use(http.get('/api/v1/cities', () => HttpResponse.error()));
    await client.refetchQueries({ type: 'active' });
    const notice = (await screen.findByText('Servern svarar inte – visar senast hämtade data.')).closest(
      '[role="status"]',
    );
    expect(notice).toHaveTextContent('Servern svarar inte – visar senast hämtade data.');
    // The table is still there.
    expect(screen.getByRole('row', { name: /^Malmö/ })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() =>
      expect(screen.queryByText('Servern svarar inte – visar senast hämtade data.')).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('row', { name: /^Malmö/ })).toBeInTheDocument();
  });

  it('with nothing loaded shows an error with a retry, not the notice', async () => {
    server.use(http.get('/api/v1/cities', () => HttpResponse.error()));
    renderRoute('/', { lang: 'en' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the data.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('The server is not responding – showing the data last fetched.')).not.toBeInTheDocument();
  });
});
