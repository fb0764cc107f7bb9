import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { TargetsRequest } from '../../../../contract/admin.ts';
import { fixtures } from '../../../../mocks/fixtures.ts';
import { MOCK_ADMIN_TOKEN, MOCK_VERSION } from '../../../../mocks/admin-fixtures.ts';
import { server } from '../../../../mocks/node.ts';
import { renderRoute } from '../../../../tests/render.tsx';

beforeEach(() => sessionStorage.setItem('ks.admin.token', MOCK_ADMIN_TOKEN));
afterEach(() => sessionStorage.clear());

async function openCity(name: string) {
  const user = userEvent.setup();
  renderRoute('/admin?tab=targets');
  await user.selectOptions(await screen.findByLabelText('Stad'), name);
  return user;
}

describe('editing a city’s targets', () => {
  it('starts from the city’s current targets, saves the edited list and says so', async () => {
    let sent: TargetsRequest | null = null;
    server.use(
      http.put('*/api/v1/admin/cities/:id/targets', async ({ request, params }) => {
        sent = (await request.json()) as TargetsRequest;
        return HttpResponse.json({
          cityId: String(params.id),
          targets: sent.targets.map((t, i) => ({
            ...t,
            id: `lund-${i + 1}`,
            source: { note: { sv: '', en: '' }, ...t.source },
          })),
          auditId: 9,
          version: 'v2',
        });
      }),
    );
    const user = await openCity('Lund');
    const target = await screen.findByRole('group', { name: 'Mål 1' });
    expect(within(target).getByLabelText('Basår')).toHaveValue('2010');
    const reduction = within(target).getByLabelText('Minskning, %');
    expect(reduction).toHaveValue('80');
    await user.clear(reduction);
    await user.type(reduction, '85,5');
    await user.click(screen.getByRole('button', { name: 'Spara målen' }));
    expect(await screen.findByText('Sparat: 1 mål för Lund (ändringslogg nr 9).')).toBeInTheDocument();
    const lund = fixtures.cityDetails.lund?.targets[0];
    expect(sent).toEqual({
      targets: [
        {
          scope: 'territorial',
          primary: true,
          targetYear: 2030,
          measure: { type: 'reduction-from-base', baseYear: 2010, reductionPercent: 85.5 },
          statement: lund?.statement,
          source: lund?.source,
        },
      ],
    });
  });

  it('adds a target, shows what is missing in it, and sends nothing until it is complete', async () => {
    let calls = 0;
    server.use(http.put('*/api/v1/admin/cities/:id/targets', () => void calls++));
    const user = await openCity('Borås');
    expect(await screen.findByText(/Inga mål registrerade/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lägg till ett mål' }));
    const target = screen.getByRole('group', { name: 'Mål 1' });
    await user.selectOptions(within(target).getByLabelText('Slag av mål'), 'Minskning per år');
    expect(within(target).queryByLabelText('Basår')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara målen' }));
    expect(within(target).getByLabelText('Målår')).toHaveAccessibleDescription('Fyll i fältet.');
    expect(within(target).getByLabelText('Minskning per år, %')).toHaveAccessibleDescription('Fyll i fältet.');
    expect(within(target).getByLabelText('Källans titel')).toHaveAccessibleDescription('Fyll i fältet.');
    expect(calls).toBe(0);
    await user.click(within(target).getByRole('button', { name: 'Ta bort mål 1' }));
    expect(screen.queryByRole('group', { name: 'Mål 1' })).not.toBeInTheDocument();
  });
});

describe('a target the server rejects', () => {
  it('shows the server’s message at the field it names', async () => {
    server.use(
      http.put('*/api/v1/admin/cities/:id/targets', () =>
        HttpResponse.json(
          {
            type: '/api/v1/problems/invalid-body',
            title: 'Invalid request',
            status: 400,
            detail: "Invalid field 'targets.0.targetYear': the target year is before the base year.",
            parameter: 'targets.0.targetYear',
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const user = await openCity('Lund');
    await screen.findByRole('group', { name: 'Mål 1' });
    await user.click(screen.getByRole('button', { name: 'Spara målen' }));
    expect(
      await screen.findByText("Invalid field 'targets.0.targetYear': the target year is before the base year."),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Mål 1' })).getByLabelText('Målår')).toHaveAccessibleDescription(
      /the target year is before the base year/,
    );
    expect(screen.getByText('Rätta fälten som är markerade.')).toBeInTheDocument();
  });
});

describe('when someone else saved the targets first (412)', () => {
  const lund = fixtures.cityDetails.lund?.targets ?? [];
  const theirs = lund.map((t) =>
    t.measure.type === 'reduction-from-base' ? { ...t, measure: { ...t.measure, reductionPercent: 70 } } : t,
  );
  /** The first save is refused with their targets; later saves land. Records each If-Match. */
  function refuseFirst(ifMatches: (string | null)[]) {
    server.use(
      http.put('*/api/v1/admin/cities/:id/targets', async ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        const sent = (await request.json()) as TargetsRequest;
        if (ifMatches.length === 1) {
          return HttpResponse.json(
            {
              type: '/api/v1/problems/version-mismatch',
              title: 'Edited by someone else',
              status: 412,
              detail: "Lund's targets changed since you read them.",
              yourVersion: MOCK_VERSION,
              currentVersion: 'theirs-version',
              current: { cityId: 'lund', targets: theirs },
            },
            { status: 412, headers: { 'Content-Type': 'application/problem+json', ETag: '"theirs-version"' } },
          );
        }
        return HttpResponse.json({
          cityId: 'lund',
          targets: sent.targets.map((t, i) => ({
            ...t,
            id: `lund-${i + 1}`,
            source: { note: { sv: '', en: '' }, ...t.source },
          })),
          auditId: 11,
          version: 'v3',
        });
      }),
    );
  }

  async function saveStale(user: ReturnType<typeof userEvent.setup>) {
    const reduction = within(await screen.findByRole('group', { name: 'Mål 1' })).getByLabelText('Minskning, %');
    await user.clear(reduction);
    await user.type(reduction, '85');
    await user.click(screen.getByRole('button', { name: 'Spara målen' }));
    return screen.findByRole('region', { name: 'Någon annan har ändrat Lunds mål medan du redigerade' });
  }

  it('shows yours beside theirs, keeps your draft, and "apply mine again" re-sends it with their version', async () => {
    const ifMatches: (string | null)[] = [];
    refuseFirst(ifMatches);
    const user = await openCity('Lund');
    const conflict = await saveStale(user);
    expect(conflict).toHaveFocus();
    const [yours, theirsSide] = within(conflict)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.parentElement as HTMLElement);
    expect(yours).toHaveTextContent('Dina (inte sparade)');
    expect(yours).toHaveTextContent('Territoriella utsläpp, 2030: minska 85 % från 2010 (huvudmål) – skiljer sig');
    expect(theirsSide).toHaveTextContent('Deras (sparade nu)');
    expect(theirsSide).toHaveTextContent('minska 70 % från 2010');
    expect(within(conflict).getByText(/nu gäller version theirs-version/)).toBeInTheDocument();
    // Nothing of yours is lost: the form still holds it.
    expect(within(screen.getByRole('group', { name: 'Mål 1' })).getByLabelText('Minskning, %')).toHaveValue('85');

    await user.tab();
    expect(within(conflict).getByRole('button', { name: 'Lägg in mina igen, över deras' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Sparat: 1 mål för Lund (ändringslogg nr 11).')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Någon annan har ändrat/ })).not.toBeInTheDocument();
    expect(ifMatches).toEqual([`"${MOCK_VERSION}"`, '"theirs-version"']);
  });

  it('"discard mine, keep theirs" puts theirs in the form, and the next save is based on their version', async () => {
    const ifMatches: (string | null)[] = [];
    refuseFirst(ifMatches);
    const user = await openCity('Lund');
    const conflict = await saveStale(user);
    await user.click(within(conflict).getByRole('button', { name: 'Släng mina, behåll deras' }));
    expect(screen.getByText('Dina ändringar kastades. Formuläret visar det som är sparat nu.')).toHaveFocus();
    expect(within(screen.getByRole('group', { name: 'Mål 1' })).getByLabelText('Minskning, %')).toHaveValue('70');
    await user.click(screen.getByRole('button', { name: 'Spara målen' }));
    await screen.findByText('Sparat: 1 mål för Lund (ändringslogg nr 11).');
    expect(ifMatches).toEqual([`"${MOCK_VERSION}"`, '"theirs-version"']);
  });

  it('says it in English too', async () => {
    refuseFirst([]);
    const user = userEvent.setup();
    renderRoute('/admin?tab=targets', { lang: 'en' });
    await user.selectOptions(await screen.findByLabelText('City'), 'Lund');
    const reduction = within(await screen.findByRole('group', { name: 'Target 1' })).getByLabelText('Reduction, %');
    await user.type(reduction, '5');
    await user.click(screen.getByRole('button', { name: 'Save the targets' }));
    const conflict = await screen.findByRole('region', {
      name: "Someone else changed Lund's targets while you were editing",
    });
    expect(within(conflict).getByText('Yours (not saved)')).toBeInTheDocument();
    expect(within(conflict).getByText('Theirs (saved now)')).toBeInTheDocument();
    expect(within(conflict).getByRole('button', { name: 'Apply mine again over theirs' })).toBeInTheDocument();
    expect(within(conflict).getByRole('button', { name: 'Discard mine, keep theirs' })).toBeInTheDocument();
  });
});
