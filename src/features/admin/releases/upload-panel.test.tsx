import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import {
  MOCK_ADMIN_TOKEN,
  importFixture,
  releasesFixture,
  unchangedPreviewFixture,
} from '../../../../mocks/admin-fixtures.ts';
import { adminProblem } from '../../../../mocks/admin-handlers.ts';
import { server } from '../../../../mocks/node.ts';
import { renderRoute } from '../../../../tests/render.tsx';

/** An upload goes through XMLHttpRequest and MSW's interceptor in jsdom: seconds on a busy 2-core machine. */
const AFTER_UPLOAD = { timeout: 15_000 };

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const csv = () => new File(['Huvudsektor;Undersektor;Län;Kommun;2024\n'], 'smhi-export.csv', { type: 'text/csv' });

beforeEach(() => sessionStorage.setItem('ks.admin.token', MOCK_ADMIN_TOKEN));
afterEach(() => {
  sessionStorage.clear();
  server.events.removeAllListeners();
});

async function upload(file = csv()) {
  const user = userEvent.setup();
  const view = renderRoute('/admin?tab=releases');
  await user.upload(await screen.findByLabelText('Fil att ladda upp'), file);
  return { user, ...view };
}

describe('uploading a release', () => {
  it('sends the raw file, shows the preview, and imports it on confirmation', async () => {
    // MSW's XMLHttpRequest interceptor under jsdom does not pass a File body on, so the bytes
    // themselves are checked in Chromium (tests/e2e/admin.spec.ts); here the request's form.
    const sent: { method: string; path: string; type: string | null; auth: string | null }[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      sent.push({
        method: request.method,
        path: `${url.pathname}${url.search}`,
        type: request.headers.get('Content-Type'),
        auth: request.headers.get('Authorization'),
      });
    };
    server.events.on('request:start', record);
    const { user, client } = await upload();
    const preview = await screen.findByRole('region', { name: /Förhandsvisning/ }, AFTER_UPLOAD);
    expect(within(preview).getByText(/Ny version. Jämförd med den aktuella \(smhi-thru2024\)/)).toBeInTheDocument();
    const malmo = within(preview).getByRole('row', { name: /^Malmö/ });
    expect(nbsp(malmo.textContent)).toContain('2024812 995912 995+100 000+12,3 %');
    expect(within(preview).getByText('23 kommuner')).toBeInTheDocument();

    const invalidated = vi.spyOn(client, 'invalidateQueries');
    await user.click(within(preview).getByRole('button', { name: 'Importera versionen' }));
    expect(
      await screen.findByText(/är nu den aktuella versionen \(ändringslogg nr 4\)/, {}, AFTER_UPLOAD),
    ).toHaveTextContent(importFixture.release.id);
    expect(invalidated).toHaveBeenCalled();

    const uploads = sent.filter((r) => r.method === 'POST' && r.path.startsWith('/api/v1/admin/releases'));
    expect(uploads.map((r) => r.path)).toEqual([
      '/api/v1/admin/releases/preview?fileName=smhi-export.csv',
      '/api/v1/admin/releases?fileName=smhi-export.csv',
    ]);
    for (const r of uploads) {
      expect(r.type).toBe('text/csv');
      expect(r.auth).toBe(`Bearer ${MOCK_ADMIN_TOKEN}`);
    }
  });

  it('lists every problem of a rejected file (422) and writes nothing', async () => {
    const problems = [
      { row: 31, column: 7, message: "'-12' is negative" },
      { row: 14, column: 4, message: "Unknown municipality 'Malmoe'" },
      { row: null, column: null, message: 'The file ends in the middle of a row (truncated?)' },
    ];
    server.use(
      http.post('*/api/v1/admin/releases/preview', () =>
        adminProblem(422, 'The file has 250 problems; nothing was written.', { problems, problemCount: 250 }),
      ),
    );
    await upload();
    const heading = await screen.findByRole('heading', { name: 'Filen kan inte importeras: 250 fel' }, AFTER_UPLOAD);
    // Focus moves in an effect after the heading is in the document.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Visar de första 3 av 250 felen.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Fel i smhi-export.csv' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
    ).toEqual([
      ['hela filen', '–', 'The file ends in the middle of a row (truncated?)'],
      ['14', '4', "Unknown municipality 'Malmoe'"],
      ['31', '7', "'-12' is negative"],
    ]);
    expect(screen.getByRole('region', { name: 'Fel i smhi-export.csv' })).toHaveAttribute('tabindex', '0');
  });

  it('says a release that is already stored would change nothing, and offers no import', async () => {
    server.use(http.post('*/api/v1/admin/releases/preview', () => HttpResponse.json(unchangedPreviewFixture)));
    await upload();
    expect(
      await screen.findByText(
        'Den här versionen finns redan (smhi-thru2024). Att importera den ändrar ingenting.',
        {},
        AFTER_UPLOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importera versionen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Största skillnaderna/ })).not.toBeInTheDocument();
  });

  it('cancels after the preview without writing', async () => {
    let imports = 0;
    server.use(http.post('*/api/v1/admin/releases', () => void imports++));
    const { user } = await upload();
    await user.click(await screen.findByRole('button', { name: 'Avbryt' }));
    expect(await screen.findByLabelText('Fil att ladda upp')).toBeInTheDocument();
    expect(imports).toBe(0);
  });

  it('shows a labelled progress bar while the file is on its way, and cancelling stops it', async () => {
    server.use(http.post('*/api/v1/admin/releases/preview', () => delay('infinite')));
    const { user } = await upload();
    const bar = await screen.findByRole('progressbar', { name: 'Uppladdning' });
    expect(bar).toHaveAttribute('max', '100');
    expect(screen.getByText(/Laddar upp smhi-export.csv: \d+\s?%|Servern läser filen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(await screen.findByLabelText('Fil att ladda upp')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('refuses a file that is neither CSV, Excel (.xlsx) nor JSON before sending it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderRoute('/admin');
    await user.upload(await screen.findByLabelText('Fil att ladda upp'), new File(['x'], 'emissions.xls'));
    expect(screen.getByRole('alert')).toHaveTextContent('Filen emissions.xls är varken .csv, .xlsx eller .json.');
  });

  it('lists the stored releases and makes an earlier one current after a confirmation', async () => {
    const earlier = {
      ...releasesFixture.releases[0]!,
      id: 'smhi-thru2023',
      label: { sv: 'SMHI t.o.m. 2023', en: 'SMHI to 2023' },
      current: false,
    };
    server.use(
      http.get('*/api/v1/releases', () =>
        HttpResponse.json({ ...releasesFixture, releases: [...releasesFixture.releases, earlier] }),
      ),
    );
    let asked: unknown = null;
    server.use(
      http.put('*/api/v1/admin/releases/current', async ({ request }) => {
        asked = await request.json();
        return HttpResponse.json({ release: { ...earlier, current: true }, auditId: 8 });
      }),
    );
    const user = userEvent.setup();
    renderRoute('/admin');
    const makeCurrent = await screen.findByRole('button', { name: 'Gör SMHI t.o.m. 2023 (smhi-thru2023) aktuell' });
    expect(screen.getByRole('link', { name: 'Visa SMHI t.o.m. 2023 (smhi-thru2023) i Jämför' })).toHaveAttribute(
      'href',
      '/compare?release=smhi-thru2023',
    );
    await user.click(makeCurrent);
    const confirm = screen.getByRole('group', { name: 'Gör aktuell' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent(/visar då SMHI t.o.m. 2023 \(smhi-thru2023\) i stället för/);
    await user.click(within(confirm).getByRole('button', { name: 'Ja, gör den aktuell' }));
    expect(
      await screen.findByText('SMHI t.o.m. 2023 (smhi-thru2023) är nu den aktuella versionen (ändringslogg nr 8).'),
    ).toBeInTheDocument();
    expect(asked).toEqual({ releaseId: 'smhi-thru2023' });
  });
});
