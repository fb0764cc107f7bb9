import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '../../../mocks/fixtures.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { formatTonnes } from '../../lib/format.ts';

const nbsp = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const heading = () => screen.getByRole('heading', { level: 1 });
const slideNumber = () => document.querySelector('.slide__number [aria-hidden]')?.textContent;
const slideParam = (search: string) => new URLSearchParams(search).get('slide');

describe('presenter mode', () => {
  it('shows a deck from the link and moves through it by keyboard, keeping the slide in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/present?slides=headline,city:malmo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Klimatneutrala städer 2030' })).toBeInTheDocument();
    expect(slideNumber()).toBe('1 / 2');
    // The overview's headline figures, with the source line of the release.
    expect(await screen.findByText('städer i programmet')).toBeInTheDocument();
    expect(screen.getByText(/Version: SMHI, utsläpp t\.o\.m\. 2024 \(publicerad 2026\)\./)).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Malmö');
    expect(slideNumber()).toBe('2 / 2');
    expect(slideParam(router.state.location.search)).toBe('2');
    // The deck part of the URL is kept as written.
    expect(router.state.location.search).toBe('?slides=headline,city:malmo&slide=2');
    expect(screen.getByText('Bild 2 av 2: Malmö')).toBeInTheDocument();
    const latest = fixtures.cityDetails.malmo?.city.latest;
    if (!latest) throw new Error('the Malmö fixture has no latest emissions');
    // The figure follows its label (dt, dd), as on the city page.
    expect(nbsp((await screen.findByText('ton CO₂e år 2024')).nextElementSibling?.textContent)).toBe(
      nbsp(formatTonnes(latest.tonnesCo2e, 'sv')),
    );
    expect(screen.getByText('Inte i fas')).toBeInTheDocument();

    // Past the end it stays; PageUp, Home and End move as a clicker and keyboard expect.
    await user.keyboard('{PageDown}');
    expect(slideNumber()).toBe('2 / 2');
    await user.keyboard('{PageUp}');
    expect(heading()).toHaveTextContent('Klimatneutrala städer 2030');
    expect(slideParam(router.state.location.search)).toBe('1');
    await user.keyboard('{End}');
    expect(heading()).toHaveTextContent('Malmö');
    await user.keyboard('{Home}');
    expect(slideNumber()).toBe('1 / 2');
  });

  it('opens on the slide the URL names, and the buttons move too', async () => {
    const user = userEvent.setup();
    renderRoute('/present?slides=headline,city:malmo&slide=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Malmö' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nästa bild (→)' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Föregående bild (←)' }));
    expect(heading()).toHaveTextContent('Klimatneutrala städer 2030');
  });

  it('notes what in the link could not be used on the first slide, and still presents the rest', async () => {
    const user = userEvent.setup();
    renderRoute('/present?slides=headline,chart:foo,city:atlantis&auto=2');
    const list = within(
      (await screen.findByText('Delar av länken kunde inte användas:')).closest('div') as HTMLElement,
    );
    expect(list.getByText(/”chart:foo” är ingen sorts bild/)).toBeInTheDocument();
    expect(list.getByText(/auto=2 är inget antal sekunder/)).toBeInTheDocument();
    expect(await list.findByText('Staden ”atlantis” finns inte i programmet.')).toBeInTheDocument();
    expect(slideNumber()).toBe('1 / 2');
    // The unknown city's slide shows the API's answer instead of a blank page.
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('alert')).toHaveTextContent("No city with id 'atlantis'");
    expect(screen.queryByText('Delar av länken kunde inte användas:')).not.toBeInTheDocument();
  });

  it('applies the language of the link', async () => {
    renderRoute('/present?slides=headline&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Climate-neutral cities 2030' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('leaves for the builder with the deck loaded on Esc when opened from a link', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/present?slides=headline,city:lund&auto=20&slide=2');
    await screen.findByRole('heading', { level: 1, name: 'Lund' });
    await user.keyboard('{Escape}');
    await screen.findByRole('heading', { level: 1, name: 'Presentationsläge' });
    expect(router.state.location).toMatchObject({ pathname: '/present', search: '' });
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Länk till presentationen' }).value).toMatch(
      /\/present\?slides=headline,city:lund&auto=20$/,
    );
  });

  it('advances by itself every auto seconds and pauses with its button', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      renderRoute('/present?slides=headline,city:malmo&auto=5');
      await screen.findByRole('heading', { level: 1, name: 'Klimatneutrala städer 2030' });
      // Data on screen: the slide has rendered and its effects (the timer) have run.
      await screen.findByText('städer i programmet');
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      await waitFor(() => expect(heading()).toHaveTextContent('Malmö'));
      await user.click(screen.getByRole('button', { name: /Pausa den automatiska växlingen/ }));
      expect(screen.getByRole('button', { name: 'Växla automatiskt var 5:e sekund' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      act(() => {
        vi.advanceTimersByTime(12_000);
      });
      expect(heading()).toHaveTextContent('Malmö');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('deck builder', () => {
  it('builds a deck, shows its link live and starts it', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/present');
    expect(await screen.findByRole('heading', { level: 1, name: 'Presentationsläge' })).toBeInTheDocument();
    const link = await screen.findByRole('textbox', { name: 'Länk till presentationen' });
    expect(link).toHaveValue(
      `${window.location.origin}/present?slides=headline,map,compare:stockholm+goteborg+malmo+uppsala:indexed,city:malmo`,
    );

    await user.click(screen.getByRole('button', { name: 'Ta bort bild 2' }));
    await user.click(screen.getByRole('button', { name: 'Flytta bild 3 uppåt' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stad' }), 'Lund');
    const compare = screen.getAllByRole('listitem').find((item) => item.dataset.kind === 'compare') as HTMLElement;
    await user.click(within(compare).getByRole('checkbox', { name: 'Uppsala' }));
    await user.selectOptions(within(compare).getByRole('combobox', { name: 'Mått' }), 'per-capita');
    await user.click(screen.getByRole('button', { name: '+ Karta' }));
    await user.type(screen.getByRole('spinbutton'), '30');
    const expected = '/present?slides=headline,city:lund,compare:stockholm+goteborg+malmo:per-capita,map&auto=30';
    expect(link).toHaveValue(`${window.location.origin}${expected}`);

    await user.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(await screen.findByText(/Länken är (kopierad|markerad)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Starta presentationen' }));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(expected);
    expect(await screen.findByRole('heading', { level: 1, name: 'Klimatneutrala städer 2030' })).toBeInTheDocument();
    expect(slideNumber()).toBe('1 / 4');
  });
});
