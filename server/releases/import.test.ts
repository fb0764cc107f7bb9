/**
 * POST /api/v1/admin/releases(/preview) on the real seeded data: every bad SMHI export is a
 * 422 listing every problem by row and column, with the database unchanged (JSON uploads in
 * release-json.test.ts); a good file is stored beside the seeded release and made current.
 */
import { describe, expect, it } from 'vitest';
import {
  auditResponseSchema,
  emissionsResponseSchema,
  importProblemResponseSchema,
  MAX_RELEASE_UPLOAD_BYTES,
  releaseImportResponseSchema,
  releasesResponseSchema,
} from '../../contract/index.ts';
import {
  ANY_VERSION,
  AUTH,
  createAdminApp,
  expectUploadRejected,
  fingerprint,
  postRelease,
  smhiCsvFromDataset,
  smhiCsvGrid,
} from '../admin/test-support.ts';
import { expectProblem, getJson, testDataset } from '../test-helpers.ts';

const { csv, lines, rowOf, years, columnOf } = smhiCsvGrid();
const edit = (row: number, line: string | null) =>
  lines.flatMap((l, i) => (i === row - 1 ? (line === null ? [] : [line]) : [l])).join('\r\n');
/** An upload that may replace whatever release is current (If-Match: *): these tests are not about concurrency. */
const post = (app: Parameters<typeof postRelease>[0], body: NonNullable<RequestInit['body']>, path?: string) =>
  postRelease(app, body, path, ANY_VERSION);
const expectRejected = expectUploadRejected;

const lundTransport = rowOf('Transporter;Alla;Skåne län;Lund;');
const malmoTotal = rowOf('Alla;Alla;Skåne län;Malmö;');
const column2024 = columnOf(2024);
const cells = (row: number) => lines[row - 1]?.split(';') ?? [];
const withCell = (row: number, column: number, value: string) =>
  cells(row)
    .map((c, i) => (i === column - 1 ? value : c))
    .join(';');

describe('a bad upload is a 422 listing every problem by row and column, and nothing is written', () => {
  it('unknown municipality', async () => {
    const row = rowOf('Jordbruk;Alla;Skåne län;Lund;');
    const problems = await expectRejected(
      `${lines.slice(0, -1).join('\r\n')}\r\nJordbruk;Alla;Skåne län;Lundby kommun;${years.map(() => '1').join(';')}\r\n${lines.at(-1)}`,
    );
    expect(problems).toEqual([
      {
        row: lines.length,
        column: 4,
        message: "unknown municipality 'Lundby kommun': not one of SCB's 290 municipalities",
      },
    ]);
    expect(row).toBeGreaterThan(0);
  });

  it("missing sector: a dashboard city without a main sector's row", async () => {
    const row = rowOf('Jordbruk;Alla;Skåne län;Lund;');
    const problems = await expectRejected(edit(row, null));
    expect(problems).toEqual([
      {
        row: rowOf('Alla;Alla;Skåne län;Lund;'),
        column: null,
        message: "Lund has no figures for main sector 'Jordbruk'",
      },
    ]);
  });

  it('a dashboard city missing from the file', async () => {
    const kept = lines.filter((l) => !l.includes(';Malmö;')).join('\r\n');
    expect(await expectRejected(kept)).toEqual([
      { row: null, column: null, message: 'Malmö (1280), a municipality of the dashboard, is missing from the file' },
    ]);
  });

  it('non-numeric and negative values, all of them, each at its row and column', async () => {
    let text = edit(lundTransport, withCell(lundTransport, column2024, '12 345'));
    text = text
      .split('\r\n')
      .map((l, i) => (i === malmoTotal - 1 ? withCell(malmoTotal, 5, '-17,5') : l))
      .join('\r\n');
    const problems = await expectRejected(text);
    expect(problems).toEqual(
      [
        { row: lundTransport, column: column2024, message: "'12 345' for 2024 is not a number with a decimal comma" },
        { row: malmoTotal, column: 5, message: "negative value '-17,5' for 1990" },
      ].sort((a, b) => a.row - b.row),
    );
  });

  it('duplicate rows', async () => {
    const problems = await expectRejected(
      edit(lundTransport, `${lines[lundTransport - 1]}\r\n${lines[lundTransport - 1]}`),
    );
    expect(problems).toEqual([
      { row: lundTransport + 1, column: null, message: 'duplicate row for Transporter / Alla / Skåne län / Lund' },
    ]);
  });

  it('wrong delimiter', async () => {
    const problems = await expectRejected(csv.replace(/;/g, ','));
    expect(problems).toEqual([
      {
        row: rowOf('Huvudsektor'),
        column: null,
        message: "the header uses ','; SMHI's export is separated by ';' with decimal commas",
      },
    ]);
  });

  it('a truncated file: cut inside a row and without the footer', async () => {
    const cut = csv.slice(0, csv.indexOf('\r\n', csv.length / 2) - 9);
    const problems = await expectRejected(cut);
    const lastRow = cut.split('\r\n').length;
    expect(problems[0]).toMatchObject({
      row: lastRow,
      column: null,
      message: expect.stringMatching(/^has \d+ fields, expected 14 \(truncated or wrong delimiter\?\)$/),
    });
    expect(problems).toContainEqual({
      row: lastRow,
      column: null,
      message: "the file ends without SMHI's footer line 'Rapportnamn:'; it looks truncated",
    });
    // The municipalities after the cut are missing: counted, the first few named.
    expect(problems).toContainEqual({
      row: null,
      column: null,
      message: expect.stringMatching(
        /^1\d\d municipalities of the dashboard are missing from the file \((\S+, ){9}\S+ and \d+ more\): a release covers all of them$/,
      ),
    });
  });

  it('an oversized upload, declared or streamed, is refused without reading it', async () => {
    const declared = await expectRejected('x', { 'Content-Length': String(MAX_RELEASE_UPLOAD_BYTES + 1) });
    expect(declared).toEqual([
      {
        row: null,
        column: null,
        message: `the upload is ${MAX_RELEASE_UPLOAD_BYTES + 1} bytes; the limit is ${MAX_RELEASE_UPLOAD_BYTES} bytes (8 MiB)`,
      },
    ]);
    let pulledBytes = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const streamed = await expectRejected(
      () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulledBytes += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      {},
    );
    expect(streamed[0]?.message).toBe(
      `the upload is larger than 8 MiB (${MAX_RELEASE_UPLOAD_BYTES} bytes), the limit; reading stopped there`,
    );
    // The endless stream was read only a little past the limit (per request: preview and import).
    expect(pulledBytes).toBeLessThan(2 * (MAX_RELEASE_UPLOAD_BYTES + 4 * chunk.byteLength));
  });

  it('an empty body and a file that is neither format', async () => {
    expect(await expectRejected('')).toEqual([{ row: null, column: null, message: 'the upload is empty' }]);
    expect(await expectRejected('hello\nworld')).toEqual([
      {
        row: null,
        column: null,
        message: "no header line starting with 'Huvudsektor;Undersektor;Län;Kommun' was found",
      },
    ]);
  });

  it('years outside 1990–2100', async () => {
    const header = rowOf('Huvudsektor');
    const early = await expectRejected(edit(header, (lines[header - 1] ?? '').replace(';1990;', ';1989;')));
    expect(early).toEqual([{ row: null, column: null, message: 'year 1989 outside 1990–2100' }]);
  });

  it('many problems at once are all listed, not only the first', async () => {
    let text = edit(lundTransport, withCell(lundTransport, 5, 'abc'));
    text = text.replace(`Jordbruk;Alla;Skåne län;Malmö;`, 'Jordbruk;Alla;Skåne län;Malmoe;');
    const problems = await expectRejected(text);
    expect(problems.map((p) => p.message)).toEqual([
      "'abc' for 1990 is not a number with a decimal comma",
      "unknown municipality 'Malmoe': not one of SCB's 290 municipalities",
      "Malmö has no figures for main sector 'Jordbruk'",
    ]);
  });

  it('lists at most 200 problems, with the full count', async () => {
    // Every value of every kommun's main-sector and total rows (10 rows × 10 years × 290 municipalities) becomes 'x'.
    const national = rowOf('Alla;Alla;Alla;Alla;');
    const spoilt = (l: string, i: number) => i >= national && l.includes(';Alla;');
    const text = lines.map((l, i) => (spoilt(l, i) ? l.replace(/;\d[^;]*/g, ';x') : l)).join('\r\n');
    const { app } = createAdminApp();
    const body = importProblemResponseSchema.parse((await post(app, text)).body);
    expect(body.problems).toHaveLength(200);
    expect(body.problemCount).toBe(290 * 10 * 10);
    const firstRow = lines.findIndex(spoilt) + 1;
    expect(body.detail).toBe(
      `The file has 29000 problems; nothing was stored. First: row ${firstRow}, column 5: 'x' for 1990 is not a number with a decimal comma`,
    );
  });
});

describe('import', () => {
  const changed = smhiCsvFromDataset(testDataset(), {
    change: (city, year, sector, t) => (city === 'malmo' && year === 2024 && sector === 'transport' ? t + 1000 : t),
  });
  const malmo2024 = testDataset().emissions.find((e) => e.cityId === 'malmo')?.totals['2024'] ?? 0;

  it('stores the release beside the seeded one, makes it current, audits it; ?release= still reads the earlier one', async () => {
    const { app, db } = createAdminApp();
    const result = await post(app, changed, '/api/v1/admin/releases?fileName=smhi-2026.csv');
    expect(result.status, result.text).toBe(201);
    const body = releaseImportResponseSchema.parse(result.body);
    expect(body).toMatchObject({
      status: 'created',
      release: {
        id: 'smhi-thru2024-2',
        current: true,
        importedBy: 'alice',
        importedAt: '2026-11-28T12:00:00.000Z',
        cityCount: 290,
      },
    });
    expect(body.release.label.en).toBe('SMHI, emissions to 2024 (published 2026-06-15; file smhi-2026.csv)');

    const latest = (r: unknown) => emissionsResponseSchema.parse(r).series[0]?.points.at(-1)?.tonnesCo2e;
    const now = await getJson(app, '/api/v1/emissions?cities=malmo');
    expect(emissionsResponseSchema.parse(now.body).series[0]?.releaseId).toBe('smhi-thru2024-2');
    expect(latest(now.body)).toBeCloseTo(malmo2024 + 1000, 2);
    const earlier = await getJson(app, '/api/v1/emissions?cities=malmo&release=smhi-thru2024');
    expect(emissionsResponseSchema.parse(earlier.body).release.id).toBe('smhi-thru2024');
    expect(emissionsResponseSchema.parse(earlier.body).series.every((s) => s.releaseId === 'smhi-thru2024')).toBe(true);
    expect(latest(earlier.body)).toBe(malmo2024);
    expect((await getJson(app, '/api/v1/cities?release=smhi-thru2024')).status).toBe(200);
    expect((await getJson(app, '/api/v1/health')).body).toMatchObject({ release: 'smhi-thru2024-2' });

    const audit = auditResponseSchema.parse((await getJson(app, '/api/v1/admin/audit', { headers: AUTH })).body);
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      actor: 'alice',
      action: 'release.import',
      subject: 'smhi-thru2024-2',
      before: { currentReleaseId: 'smhi-thru2024' },
    });
    expect(audit.entries[0]?.id).toBe(body.auditId);
    expect(fingerprint(db).emissionRows).toBe(2 * 290 * 10 * 9);
  });

  it('re-importing the same file is a no-op: 200 unchanged, nothing written, no audit entry', async () => {
    const { app, db } = createAdminApp();
    expect((await post(app, changed)).status).toBe(201);
    const before = fingerprint(db);
    for (const body of [changed, changed.replace(/\r\n/g, '\n')]) {
      const again = await post(app, body);
      expect(again.status).toBe(200);
      expect(releaseImportResponseSchema.parse(again.body)).toMatchObject({
        status: 'unchanged',
        release: { id: 'smhi-thru2024-2' },
        auditId: null,
      });
    }
    // The seeded release's figures, too, are recognised.
    expect(releaseImportResponseSchema.parse((await post(app, csv)).body)).toMatchObject({
      status: 'unchanged',
      release: { id: 'smhi-thru2024', current: false },
    });
    expect(fingerprint(db)).toEqual(before);
  });

  it('numbers further releases of the same year -3, -4, and lists them newest first', async () => {
    const { app } = createAdminApp();
    for (const add of [1, 2, 3]) {
      const text = smhiCsvFromDataset(testDataset(), {
        change: (c, y, s, t) => (c === 'lund' && y === 2020 && s === 'waste' ? t + add : t),
      });
      expect((await post(app, text)).status).toBe(201);
    }
    const list = releasesResponseSchema.parse((await getJson(app, '/api/v1/releases')).body);
    expect(list.currentReleaseId).toBe('smhi-thru2024-4');
    expect(list.releases.map((r) => [r.id, r.current])).toEqual([
      ['smhi-thru2024-4', true],
      ['smhi-thru2024-3', false],
      ['smhi-thru2024-2', false],
      ['smhi-thru2024', false],
    ]);
  });

  it('unknown ?release= is a 404 naming the parameter', async () => {
    const { app } = createAdminApp();
    for (const path of [
      '/api/v1/emissions?release=smhi-thru1999',
      '/api/v1/cities?release=nope',
      '/api/v1/cities/malmo?release=nope',
    ]) {
      expectProblem(await getJson(app, path), 404, 'release');
    }
    expectProblem(await getJson(app, '/api/v1/emissions?release=Not_A_Slug'), 400, 'release');
  });
});
