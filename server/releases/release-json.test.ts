/** JSON uploads (the project's release file and Klimatkollen's array): every problem by entry and JSON path, nothing written. */
import { describe, expect, it } from 'vitest';
import { expectUploadRejected, releaseJsonFromDataset } from '../admin/test-support.ts';

describe('a bad JSON upload is a 422 listing every problem, and nothing is written', () => {
  it("the project's JSON: non-numeric, negative, unknown kommunkod and unknown sector, by entry and JSON path", async () => {
    const file = releaseJsonFromDataset();
    const lund = file.emissions.findIndex((e) => e.name === 'Lund');
    const at = (i: number) =>
      file.emissions[i] as { kommunkod?: string; name?: string; sectors: Record<string, Record<string, unknown>> };
    (at(lund).sectors['2024'] as Record<string, unknown>).transport = '12';
    const typed = await expectUploadRejected(JSON.stringify(file), { 'Content-Type': 'application/json' });
    expect(typed).toEqual([
      {
        row: lund + 1,
        column: `emissions[${lund}].sectors.2024.transport`,
        message: expect.stringContaining('expected number'),
      },
    ]);

    (at(lund).sectors['2024'] as Record<string, unknown>).transport = -3;
    (at(0).sectors['2024'] as Record<string, unknown>).trains = 1;
    at(1).kommunkod = '9999';
    delete at(1).name;
    const problems = await expectUploadRejected(JSON.stringify(file));
    expect(problems).toContainEqual({
      row: lund + 1,
      column: `emissions[${lund}].sectors.2024.transport`,
      message: 'negative value -3',
    });
    expect(problems).toContainEqual({
      row: 1,
      column: 'emissions[0].sectors.2024.trains',
      message: expect.stringContaining("unknown sector id 'trains'"),
    });
    expect(problems).toContainEqual({
      row: 2,
      column: 'emissions[1].kommunkod',
      message: "unknown municipality kommunkod 9999: not one of SCB's 290 municipalities",
    });
  });

  it('a JSON file without any year', async () => {
    const file = releaseJsonFromDataset();
    const noYears = { ...file, emissions: file.emissions.map((e) => ({ ...e, sectors: {}, totals: {} })) };
    expect(await expectUploadRejected(JSON.stringify(noYears))).toEqual([
      { row: null, column: null, message: 'the file has no years with figures' },
    ]);
  });

  it("Klimatkollen's JSON array: problems by entry and path", async () => {
    const problems = await expectUploadRejected(
      JSON.stringify([
        { name: 'Lund', sectors: { 2024: { Transporter: -1, Tåg: 2 } } },
        { name: 'Lundby', sectors: {} },
      ]),
    );
    expect(problems.slice(0, 3)).toEqual([
      { row: 1, column: '[0].sectors.2024.Transporter', message: 'negative value -1' },
      { row: 1, column: '[0].sectors.2024.Tåg', message: "unknown main sector 'Tåg'" },
      { row: 2, column: '[1].name', message: "unknown municipality 'Lundby': not one of SCB's 290 municipalities" },
    ]);
  });

  it('a JSON file cut off in the middle', async () => {
    const text = JSON.stringify(releaseJsonFromDataset());
    const problems = await expectUploadRejected(text.slice(0, text.length / 2));
    expect(problems).toEqual([
      {
        row: null,
        column: null,
        message: expect.stringMatching(/^is not valid JSON \(.+\); the file may be truncated$/),
      },
    ]);
  });
});

describe("a release file's label, published and origin are bounded (issue 15: a 3 M-character label made /api/v1/cities 6 MB)", () => {
  it('a label over 200 characters, an origin over 300, and published that is no day or after today: 422 at their JSON paths', async () => {
    const file = {
      ...releaseJsonFromDataset(),
      label: { sv: 'x'.repeat(3_000_000), en: 'ok' },
      origin: 'o'.repeat(301),
      published: '2026-02-30',
    };
    expect(await expectUploadRejected(JSON.stringify(file))).toEqual([
      { row: null, column: 'label.sv', message: 'a label is at most 200 characters' },
      { row: null, column: 'published', message: 'published "2026-02-30" is not a real day' },
      { row: null, column: 'origin', message: 'origin is at most 300 characters' },
    ]);
    const later = { ...releaseJsonFromDataset(), label: { sv: 'ok', en: 'e'.repeat(201) }, published: '2999' };
    expect(await expectUploadRejected(JSON.stringify(later))).toEqual([
      { row: null, column: 'label.en', message: 'a label is at most 200 characters' },
      { row: null, column: 'published', message: 'published "2999" is after today' },
    ]);
    expect(await expectUploadRejected(JSON.stringify({ ...releaseJsonFromDataset(), published: 'June 2026' }))).toEqual(
      [{ row: null, column: 'published', message: 'published is a year (2026) or a day (2026-06-15)' }],
    );
  });
});
