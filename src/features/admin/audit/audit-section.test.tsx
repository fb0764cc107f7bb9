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
    expect(within(log).getAllByRole('listitem').map((li) => within(li).getByText(/^No\. \d/).textContent)).toEqual([
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
    expect(within(entry).getByRole('heading', { name: 'Efter' }).nextElementSibling).toHaveTextContent('"reductionPercent": 80');
  });

  it('says when nothing has been changed yet', async () => {
    server.use(http.get('*/api/v1/admin/audit', () => HttpResponse.json({ entries: [], nextBefore: null })));
    renderRoute('/admin?tab=audit');
    expect(await screen.findByText('Inga ändringar har gjorts ännu.')).toBeInTheDocument();
  });
});
