import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../tests/render.tsx';

describe('layout and routing', () => {
  it('switches language, remembers it and updates <html lang>', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("The programme's cities");
    expect(localStorage.getItem('ks.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a not-found page for an unknown address', async () => {
    renderRoute('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till översikten' })).toHaveAttribute('href', '/');
  });

  it('opens the about page with the contract versions and their sources', async () => {
    renderRoute('/about');
    expect(await screen.findByText(/Version 2020, signerad 11 dec\.? 2020/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Europas första klimatkontrakt/ })).toHaveAttribute('href', expect.stringContaining('viablecities.se'));
  });
});
