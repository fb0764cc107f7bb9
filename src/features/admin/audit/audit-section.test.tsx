import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { auditPage, MOCK_ADMIN_TOKEN } from '../../../../mocks/admin-fixtures.ts';
import { server } from '../../../../mocks/node.ts';
import { renderRoute } from '../../../../tests/render.tsx';

beforeEach(() => sessionStorage.setItem('ks.admin.token', MOCK_ADMIN_TOKEN));
afterEach(() => sessionStorage.clear());

describe('the audit log', () => {
  it('shows the newest entries first and loads older ones on request', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/admin/audit', ({ request }) => {
        const before = new URL(request.url).searchParams.get('before');
        asked.push(before);
        return HttpResponse.json(auditPage(2, before === null ? null : Number(before)));
      }),
    );
    const user = userEvent.setup();
    renderRoute('/admin?tab=audit', { lang: 'en' });
    const log = await screen.findByRole('list', { name: 'Audit log' });
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((li) => within(li).getByText(/^No\. \d/).textContent),
    ).toEqual([
      expect.stringMatching(/^No\. 3: .*2026.*, mock-coordinator$/),
      expect.stringMatching(/^No\. 2: .*2026.*, mock-coordinator$/),
    ]);
    expect(within(log).getByText("Lund's targets replaced (1 target).")).toBeInTheDocument();
    expect(within(log).getAllByText('Targets replaced')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    expect(await within(log).findByText('Release smhi-thru2024-upload imported.')).toBeInTheDocument();
    expect(within(log).getByText(/No\. 1: .*, cli:coordinator/)).toBeInTheDocument();
    expect(screen.getByText('There are no older entries.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Older entries' })).not.toBeInTheDocument();
    expect(asked).toEqual([null, '2']);
  });

  it('opens an entry’s before and after', async () => {
    const user = userEvent.setup();
    renderRoute('/admin?tab=audit');
    const entry = (await screen.findAllByRole('listitem'))[0]!;
    await user.click(within(entry).getByText('Före och efter'));
    expect(within(entry).getByRole('heading', { name: 'Före' }).nextElementSibling).toHaveTextContent('"targets": []');
    expect(within(entry).getByRole('heading', { name: 'Efter' }).nextElementSibling).toHaveTextContent(
      '"reductionPercent": 80',
    );
  });

  it('shows a refused write (412) with theirs and yours, in both languages', async () => {
    const refused = {
      id: 9,
      at: '2026-11-28T20:00:00Z',
      actor: 'bob',
      action: 'write.refused',
      subject: 'lund',
      summary: {
        sv: 'Avvisade en ändring av Lunds mål: den utgick från version a, men nu gäller version b.',
        en: "Refused a change to Lund's targets: it was based on version a, but the current version is b.",
      },
      before: { version: 'b', state: { cityId: 'lund', targets: [{ reductionPercent: 75 }] } },
      after: {
        version: 'a',
        request: 'PUT /api/v1/admin/cities/lund/targets',
        body: { targets: [{ reductionPercent: 80 }] },
      },
    };
    server.use(http.get('*/api/v1/admin/audit', () => HttpResponse.json({ entries: [refused], nextBefore: null })));
    const user = userEvent.setup();
    const { unmount } = renderRoute('/admin?tab=audit');
    const entry = (await screen.findAllByRole('listitem'))[0]!;
    expect(within(entry).getByText('Avvisad ändring (någon annan hann först)')).toBeInTheDocument();
    await user.click(within(entry).getByText('Deras och din'));
    expect(within(entry).getByRole('heading', { name: 'Deras (det som gällde)' }).nextElementSibling).toHaveTextContent(
      '"reductionPercent": 75',
    );
    expect(within(entry).getByRole('heading', { name: 'Din (avvisad)' }).nextElementSibling).toHaveTextContent(
      '"reductionPercent": 80',
    );
    unmount();

    renderRoute('/admin?tab=audit', { lang: 'en' });
    const english = (await screen.findAllByRole('listitem'))[0]!;
    expect(within(english).getByText('Change refused (someone else was first)')).toBeInTheDocument();
    expect(
      within(english).getByText(
        "Refused a change to Lund's targets: it was based on version a, but the current version is b.",
      ),
    ).toBeInTheDocument();
    await user.click(within(english).getByText('Theirs and yours'));
    expect(within(english).getByRole('heading', { name: 'Theirs (what was current)' })).toBeInTheDocument();
    expect(within(english).getByRole('heading', { name: 'Yours (refused)' })).toBeInTheDocument();
  });

  it('says when nothing has been changed yet', async () => {
    server.use(http.get('*/api/v1/admin/audit', () => HttpResponse.json({ entries: [], nextBefore: null })));
    renderRoute('/admin?tab=audit');
    expect(await screen.findByText('Inga ändringar har gjorts ännu.')).toBeInTheDocument();
  });
});
