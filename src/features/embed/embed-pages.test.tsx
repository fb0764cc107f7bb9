import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../tests/render.tsx';

describe('embed routes', () => {
  it('/embed/compare shows the chart for the URL state with a title and source, and no app chrome', async () => {
    renderRoute('/embed/compare?cities=malmo,lund&measure=per-capita');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Utsläpp av växthusgaser: Per invånare, ton CO₂e, 1990–2030',
    });
    expect(heading).toBeInTheDocument();
    // Listed as the lines end, top first: Malmö (2.22 t per person in 2024) above Lund (1.59 t).
    expect(await screen.findByRole('list', { name: /Städer i diagrammet/ })).toHaveTextContent('MalmöLund');
    expect(document.querySelector('section.figure')).toHaveAttribute('data-cities', '2');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bädda in' })).not.toBeInTheDocument();
    expect(screen.getByText(/Utsläpp, SMHI, utsläpp t\.o\.m\. 2024/)).toBeInTheDocument();
    const open = screen.getByRole('link', { name: /Öppna i Klimatneutrala städer 2030/ });
    expect(open).toHaveAttribute('href', '/compare?cities=malmo%2Clund&measure=per-capita');
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener');
    expect(document.title).toBe(
      'Utsläpp av växthusgaser: Per invånare, ton CO₂e, 1990–2030 · Klimatneutrala städer 2030',
    );
  });

  it('takes lang=en from the address without changing the saved language', async () => {
    renderRoute('/embed/compare?cities=lund&lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Greenhouse-gas emissions: Total, t CO₂e, 1990–2030' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open in Climate-neutral cities 2030/ })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('ks.lang')).toBeNull();
  });

  it('/embed/map shows the map and its key for the measure; a mark opens the city in a new tab', async () => {
    const opened: unknown[][] = [];
    const open = vi.spyOn(window, 'open').mockImplementation((...args: unknown[]) => {
      opened.push(args);
      return null;
    });
    const user = userEvent.setup();
    const { router } = renderRoute('/embed/map?measure=per-capita');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Städerna på kartan: Per invånare (2024)' }),
    ).toBeInTheDocument();
    const map = await screen.findByRole('group', { name: /Karta över Sveriges län/ });
    const marks = within(map).getAllByRole('link');
    expect(marks).toHaveLength(23);
    expect(screen.getByRole('region', { name: /Teckenförklaring: Per invånare/ })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Öppna i Klimatneutrala städer 2030/ })).toHaveAttribute(
      'href',
      '/map?measure=per-capita',
    );
    await user.click(marks.find((mark) => mark.getAttribute('data-city') === 'malmo') as HTMLElement);
    expect(opened).toEqual([['http://localhost:3000/cities/malmo', '_blank', 'noopener']]);
    expect(router.state.location.pathname).toBe('/embed/map');
    open.mockRestore();
  });

  it('/embed/compare naming an unknown city says so in the embed’s language and draws no chart', async () => {
    renderRoute('/embed/compare?cities=malmo,atlantis&lang=en');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The city “atlantis” is not in Climate-neutral cities 2030, so the chart is not shown.',
    );
    expect(document.querySelector('section.figure')).toBeNull();
    expect(screen.getByRole('link', { name: /Open in Climate-neutral cities 2030/ })).toBeInTheDocument();
    expect(await screen.findByText(/Emissions, SMHI/)).toBeInTheDocument();
  });

  it('folds the chart’s notes away under a summary', async () => {
    renderRoute('/embed/compare?cities=malmo');
    const summary = await screen.findByText('Om diagrammet');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(summary.closest('details')).toHaveTextContent(/Heldragen linje och punkter: rapporterade år/);
  });

  it('an unknown embed address says so without the app chrome', async () => {
    renderRoute('/embed/nothing');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
