import { screen } from '@testing-library/react';
import { renderRoute } from '../../tests/render.tsx';

describe('layout and routing', () => {
  it('links to the same place in the other language, query kept, and renders English under /en', async () => {
    renderRoute('/compare?cities=malmo,lund');
    expect(await screen.findByRole('link', { name: 'In English' })).toHaveAttribute(
      'href',
      '/en/compare?cities=malmo,lund',
    );
  });

  it('renders the English page, with a link back to the Swedish one and <html lang>', async () => {
    renderRoute('/', { lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent("The programme's cities");
    expect(screen.getByRole('link', { name: 'På svenska' })).toHaveAttribute('href', '/');
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
    expect(screen.getByRole('link', { name: /Europas första klimatkontrakt/ })).toHaveAttribute(
      'href',
      expect.stringContaining('viablecities.se'),
    );
  });
});
