import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fixtures } from '../../../mocks/fixtures.ts';
import { problem } from '../../../mocks/handlers.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { formatChange, formatInteger, formatPerCapita, formatTonnes } from '../../lib/format.ts';

const nbsp = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const malmo = fixtures.cityDetails.malmo;
if (!malmo) throw new Error('no Malmö in the fixtures');

/** The figure (first dd) of the headline item whose label (dt) matches. */
function headlineFigure(label: string | RegExp) {
  const item = screen.getByText(label, { selector: 'dt' }).parentElement as HTMLElement;
  return within(item).getAllByRole('definition')[0] as HTMLElement;
}

function rankOf(measure: string) {
  return (screen.getByText(measure, { selector: 'dt' }).nextElementSibling as HTMLElement).textContent;
}

describe('city page', () => {
  it('shows a loading state, then the headline figures of Malmö as the API gives them', async () => {
    renderRoute('/cities/malmo');
    expect(screen.getByRole('status')).toHaveTextContent('Hämtar data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Malmö' })).toBeInTheDocument();
    const { city } = malmo;
    const latest = city.latest;
    const target = city.assessment.target;
    const trend = city.assessment.trend;
    if (
      !latest ||
      latest.tonnesPerCapita === null ||
      latest.population === null ||
      !target ||
      !trend ||
      trend.slopePercentPerYear === null
    ) {
      throw new Error('the Malmö fixture lacks figures this test reads');
    }
    expect(nbsp(headlineFigure('ton CO₂e år 2024').textContent)).toBe(nbsp(formatTonnes(latest.tonnesCo2e, 'sv')));
    expect(nbsp(headlineFigure('ton CO₂e per invånare 2024').textContent)).toBe(
      nbsp(formatPerCapita(latest.tonnesPerCapita, 'sv')),
    );
    expect(nbsp(screen.getByText(/^Folkmängd/).textContent)).toBe(
      nbsp(`Folkmängd ${formatInteger(latest.population, 'sv')} (31 dec. 2024)`),
    );
    expect(nbsp(headlineFigure('förändring sedan 1990').textContent)).toBe(
      nbsp(formatChange(city.changeSince1990Percent ?? NaN, 'sv')),
    );
    expect(nbsp(headlineFigure('förändring sedan 2015').textContent)).toBe(
      nbsp(formatChange(city.changeSince2015Percent ?? NaN, 'sv')),
    );
    expect(nbsp(headlineFigure('trend per år sedan 2015').textContent)).toBe(
      nbsp(formatChange(trend.slopePercentPerYear, 'sv')),
    );
    expect(nbsp(headlineFigure('krävs per år för att nå målet 2030').textContent)).toBe(
      nbsp(formatChange(target.requiredAnnualChangePercent, 'sv')),
    );
    // On track: in words, with an icon beside it (not colour alone).
    expect(headlineFigure('mot målet 2030')).toHaveTextContent(target.status === 'on-track' ? '✓I fas' : '✗Inte i fas');
    expect(screen.getByText(/^Utsläpp: SMHI, utsläpp t\.o\.m\. 2024 \(publicerad 2026\)/)).toBeInTheDocument();
  });

  it('shows the ranks as ordinals of 23 with the measure named', async () => {
    renderRoute('/cities/malmo');
    await screen.findByRole('heading', { name: 'Plats bland programmets städer' });
    const { ranks } = malmo.city.assessment;
    expect(rankOf('Totala utsläpp')).toBe(`${ranks.tonnesCo2e?.rank}:a av 23`);
    expect(rankOf('Utsläpp per invånare')).toBe(`${ranks.tonnesPerCapita?.rank}:e av 23`);
    expect(rankOf('Förändring sedan 2015')).toBe(`${ranks.changeSince2015Percent?.rank}:a av 23`);
  });

  it('puts each method text next to the figure it explains', async () => {
    const user = userEvent.setup();
    renderRoute('/cities/malmo');
    const item = (await screen.findByText('ton CO₂e per invånare 2024', { selector: 'dt' }))
      .parentElement as HTMLElement;
    await user.click(within(item).getByText('Hur räknas detta?'));
    expect(within(item).getByText(malmo.methods.perCapita.sv)).toBeVisible();
    const trend = screen.getByText('trend per år sedan 2015', { selector: 'dt' }).parentElement as HTMLElement;
    expect(within(trend).getByText(malmo.methods.trend.sv)).toBeInTheDocument();
  });

  it('opens a municipality outside the programme, saying so plainly, with its figures and no rank', async () => {
    renderRoute('/cities/habo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Håbo' })).toBeInTheDocument();
    expect(screen.getByText('Håbo är inte med i Klimatneutrala städer 2030.')).toBeInTheDocument();
    expect(screen.getByText(/^Uppsala län · kommunkod 0305 · Inte med i programmet$/)).toBeInTheDocument();
    const habo = fixtures.cityDetails.habo;
    expect(nbsp(headlineFigure('ton CO₂e år 2024').textContent)).toBe(
      nbsp(formatTonnes(habo?.city.latest?.tonnesCo2e ?? 0, 'sv')),
    );
    expect(
      screen.getByText('Rangordningen gäller programmets städer; en kommun utanför programmet har ingen plats i den.'),
    ).toBeInTheDocument();
  });

  it('names a member’s cohort, when it joined as precisely as known, and its EU Mission label', async () => {
    renderRoute('/cities/malmo');
    expect(
      await screen.findByText(
        /· Med i programmet sedan 2019 \(Våg 1 \(2019\)\) · EU Mission-stad med EU:s Mission Label$/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/inte med i Klimatneutrala städer/)).not.toBeInTheDocument();
  });

  it('shows a not-found page, not an error, for an unknown city', async () => {
    renderRoute('/cities/atlantis');
    expect(await screen.findByRole('heading', { level: 1, name: 'Staden finns inte' })).toBeInTheDocument();
    expect(screen.getByText('Det finns ingen stad med id ”atlantis” i programmet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till översikten med alla städer' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server error with a retry, and recovers', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/cities/:id', () => {
        calls++;
        return calls === 1 ? problem(500, 'The database is locked.') : HttpResponse.json(malmo);
      }),
    );
    const user = userEvent.setup();
    renderRoute('/cities/malmo');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kunde inte hämta data.');
    expect(alert).toHaveTextContent('The database is locked.');
    expect(screen.queryByRole('heading', { name: 'Staden finns inte' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Malmö' })).toBeInTheDocument();
  });

  it('keeps the headline when only the emission series fails, and offers a retry for the charts', async () => {
    server.use(http.get('*/api/v1/emissions', () => problem(503, 'Emissions are being re-imported.')));
    renderRoute('/cities/malmo');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Emissions are being re-imported.');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Malmö' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mål' })).toBeInTheDocument();
  });

  it('treats a detail that breaks the contract as an error', async () => {
    server.use(http.get('*/api/v1/cities/:id', () => HttpResponse.json({ ...malmo, city: { id: 'malmo' } })));
    renderRoute('/cities/malmo');
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not match the contract/);
  });

  it('speaks English with English number formats', async () => {
    renderRoute('/cities/malmo', { lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Malmö' })).toBeInTheDocument();
    expect(headlineFigure('t CO₂e in 2024')).toHaveTextContent('812,995');
    expect(headlineFigure('against the 2030 target')).toHaveTextContent(
      malmo.city.assessment.target?.status === 'on-track' ? 'On track' : 'Off track',
    );
    expect(rankOf('Total emissions')).toBe('21st of 23');
    expect(rankOf('Change since 2015')).toBe(`${malmo.city.assessment.ranks.changeSince2015Percent?.rank}nd of 23`);
    expect(screen.getByRole('heading', { name: 'Targets' })).toBeInTheDocument();
    expect(screen.getByText(malmo.targets[0]?.statement.en ?? '')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Emissions by sector' })).toBeInTheDocument());
    expect(screen.getByRole('rowheader', { name: 'Transport' })).toBeInTheDocument();
  });
});
