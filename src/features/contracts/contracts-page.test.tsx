import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fixtures } from '../../../mocks/fixtures.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../../tests/render.tsx';
import { parseAsOf } from './as-of.ts';
import { groupSignings } from './contract-timeline.tsx';

describe('parseAsOf', () => {
  it('accepts real days from 1990 to 2100 and reports anything else', () => {
    expect(parseAsOf('2021-10-31')).toEqual({ asOf: '2021-10-31', invalid: null });
    expect(parseAsOf(null)).toEqual({ asOf: null, invalid: null });
    expect(parseAsOf('2021-02-30')).toEqual({ asOf: null, invalid: '2021-02-30' });
    expect(parseAsOf('1989-12-31')).toEqual({ asOf: null, invalid: '1989-12-31' });
    expect(parseAsOf('yesterday')).toEqual({ asOf: null, invalid: 'yesterday' });
  });
});

describe('groupSignings', () => {
  it('groups the recorded signings into the five events of the programme', () => {
    expect(
      groupSignings(fixtures.contracts.signings).map((g) => [
        g.versionId,
        g.kind,
        g.signedOn,
        g.cityIds.length,
        g.inferred,
      ]),
    ).toEqual([
      ['2020', 'contract', '2020-12-11', 9, false],
      ['2021', 'contract', '2021-12-08', 9, true],
      ['2021', 'letter-of-intent', '2021-12-08', 14, false],
      ['2022', 'contract', '2022-12-08', 23, true],
      ['2023', 'contract', '2023-12-08', 23, false],
    ]);
  });
});

describe('contracts page', () => {
  it('asks the server for the chosen day and shows its answer', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/contracts', ({ request }) => {
        const asOf = new URL(request.url).searchParams.get('asOf');
        asked.push(asOf);
        return HttpResponse.json({ ...fixtures.contracts, asOf: asOf ?? fixtures.contracts.asOf });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderRoute('/contracts');
    expect(
      await screen.findByText('Den 28 nov. 2026 hade 23 av 23 städer signerat Klimatkontrakt 2030.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /COP26/ }));
    expect(router.state.location.search).toBe('?asOf=2021-10-31');
    expect(asked).toContain('2021-10-31');
  });

  it('lists every version with its signers and links its sources', async () => {
    renderRoute('/contracts');
    const timeline = await screen.findByRole('region', { name: 'Tidslinje' });
    expect(
      within(timeline)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Version 2020: 9 signerade kontraktet',
      'Version 2021: 9 signerade kontraktet',
      'Version 2021: 14 signerade en avsiktsförklaring',
      'Version 2022: 23 signerade kontraktet',
      'Version 2023: 23 signerade kontraktet',
    ]);
    expect(within(timeline).getAllByRole('link', { name: /Tillväxtverket/ })[0]).toHaveAttribute(
      'href',
      expect.stringContaining('tillvaxtverket.se'),
    );
  });

  it('shows each city’s status in words', async () => {
    renderRoute('/contracts');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(24);
    expect(within(within(table).getByRole('row', { name: /^Helsingborg/ })).getByText('Signerat')).toBeInTheDocument();
  });

  it('says when the date in the address is not a date', async () => {
    renderRoute('/contracts?asOf=2021-13-01');
    expect(await screen.findByText(/”2021-13-01” är inget giltigt datum/)).toBeInTheDocument();
  });
});
