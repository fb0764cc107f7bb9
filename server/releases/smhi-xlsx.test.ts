/**
 * SMHI's Excel download (.xlsx) beside the CSV: read by content, the same figures as the same
 * table in the CSV, problems by row and cell (`Sheet1!F12`); and the files it must refuse
 * without unpacking them (a zip bomb, an old .xls, a CSV renamed .xlsx, a huge sheet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { releasePreviewSchema } from '../../contract/index.ts';
import { hasRealReference, REAL_REFERENCE } from '../../tests/fixtures/import/helpers.ts';
import {
  createAdminApp,
  expectUploadRejected,
  postRelease,
  previewThenImport,
  smhiCsvFromDataset,
  smhiCsvGrid,
  smhiXlsxFromCsv,
  xlsxFromSheetData,
} from '../admin/test-support.ts';
import { testDataset } from '../test-helpers.ts';
import { MAX_SHEET_ROWS } from './smhi-xlsx.ts';
import { MAX_SHEET_CELLS, MAX_UNPACKED_BYTES } from './zip-check.ts';

const { csv, rowOf, years, columnOf, withCell } = smhiCsvGrid();
/** Column letter of a year: Huvudsektor, Undersektor, Län, Kommun are A–D. */
const letterOf = (year: number) => XLSX.utils.encode_col(columnOf(year) - 1);
const XLSX_TYPE = { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe("SMHI's Excel download", () => {
  it('is read by its content, and holds the same figures as the CSV (the seeded release: unchanged)', async () => {
    const { app } = createAdminApp();
    const result = await postRelease(
      app,
      smhiXlsxFromCsv(csv),
      '/api/v1/admin/releases/preview?fileName=export.xlsx',
      XLSX_TYPE,
    );
    expect(result.status, result.text).toBe(200);
    const preview = releasePreviewSchema.parse(result.body);
    expect(preview).toMatchObject({
      status: 'unchanged',
      existingReleaseId: 'smhi-thru2024',
      format: 'smhi-xlsx',
      rowCount: 1 + 290 * 11,
    });
  });

  it('imports a changed workbook, whatever content type the browser sent', async () => {
    const { app } = createAdminApp();
    const changed = smhiCsvFromDataset(testDataset(), {
      change: (c, y, s, t) => (c === 'umea' && y === 2024 && s === 'waste' ? t + 321 : t),
    });
    const { preview, imported } = await previewThenImport(app, smhiXlsxFromCsv(changed, 'Emissioner'), {
      fileName: 'smhi.xlsx',
    });
    expect(preview).toMatchObject({
      status: 'new',
      format: 'smhi-xlsx',
      changedFigures: 1,
      release: { published: '2026-06-15' },
    });
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body).toMatchObject({
      release: { id: 'smhi-thru2024-2', origin: "uploaded file smhi.xlsx (SMHI's Excel download)" },
    });
  });

  it('lists problems by row and cell, with the sheet, from the same row reader as the CSV', async () => {
    const lund = rowOf('Transporter;Alla;Skåne län;Lund;');
    const malmo = rowOf('Jordbruk;Alla;Skåne län;Malmö;');
    let text = withCell(lund, columnOf(2024), 'abc');
    text = text
      .split('\r\n')
      .map((l, i) => (i === malmo - 1 ? l.replace(';Malmö;', ';Malmoe;') : l))
      .join('\r\n');
    const problems = await expectUploadRejected(smhiXlsxFromCsv(text, 'Län 2024'), XLSX_TYPE);
    expect(problems).toEqual([
      {
        row: lund,
        column: `'Län 2024'!${letterOf(2024)}${lund}`,
        message: "'abc' for 2024 is not a number with a decimal comma",
      },
      {
        row: malmo,
        column: `'Län 2024'!D${malmo}`,
        message: "unknown municipality 'Malmoe': not one of SCB's 290 municipalities",
      },
      {
        row: rowOf('Alla;Alla;Skåne län;Malmö;'),
        column: 'Län 2024',
        message: "Malmö has no figures for main sector 'Jordbruk'",
      },
    ]);
  });

  it('number cells: negative, above the national bound, empty', async () => {
    const row = rowOf('Industri (energi + processer);Alla;Västra Götalands län;Göteborg;');
    let text = withCell(row, 5, '-12,5');
    text = text
      .split('\r\n')
      .map((l, i) =>
        i === row - 1
          ? l
              .split(';')
              .map((c, j) => (j === 4 + years.indexOf(2024) ? '99000000' : j === 4 + years.indexOf(2023) ? '' : c))
              .join(';')
          : l,
      )
      .join('\r\n');
    const problems = await expectUploadRejected(smhiXlsxFromCsv(text));
    expect(problems.map((p) => [p.column, p.message.replace(/bound of .*/, 'bound')])).toEqual([
      [`Sheet1!E${row}`, 'negative value -12.5 for 1990'],
      [`Sheet1!${letterOf(2023)}${row}`, 'no value for 2023 (the cell is empty)'],
      [
        `Sheet1!${letterOf(2024)}${row}`,
        'Göteborg: Industri (energi + processer) 2024 is 99 000 000 t, above the bound',
      ],
    ]);
  });

  it("a workbook without SMHI's header names its sheets", async () => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ['Kommun', 2024],
        ['Lund', 1],
      ]),
      'Data',
    );
    const bytes = new Uint8Array(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(await expectUploadRejected(bytes)).toEqual([
      {
        row: null,
        column: null,
        message: "no sheet has a header row starting with 'Huvudsektor | Undersektor | Län | Kommun' (sheets: 'Data')",
      },
    ]);
  });
});

describe('files refused before the spreadsheet library opens them', () => {
  it(`a zip bomb (a few hundred kB unpacking past ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB), even when its headers lie about the size`, async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', new Uint8Array(MAX_UNPACKED_BYTES + 1024 * 1024), {
      declaredSize: 1000,
    });
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(await expectUploadRejected(bomb)).toEqual([
      {
        row: null,
        column: null,
        message: `the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB (at xl/worksheets/sheet1.xml); SMHI's export of every municipality unpacks to about 12 MiB`,
      },
    ]);
  });

  it('an old .xls, a CSV renamed .xlsx, and a damaged zip', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await expectUploadRejected(ole))[0]?.message).toMatch(
      /^the file is an old Excel workbook \(\.xls\); open it in Excel and save it as \.xlsx/,
    );
    const renamed = await expectUploadRejectedAs(csv, 'export.xlsx');
    expect(renamed[0]?.message).toBe(
      "export.xlsx is named .xlsx but is not an Excel workbook (it does not start with a zip archive's signature 'PK'); it may be damaged or renamed from another format",
    );
    const cut = smhiXlsxFromCsv(csv).slice(0, 3000);
    expect((await expectUploadRejected(cut))[0]?.message).toBe(
      'the zip archive has no central directory; the file is damaged or cut off',
    );
  });

  it(`a sheet of more than ${MAX_SHEET_ROWS} rows`, { timeout: 60_000 }, async () => {
    const rows = [
      ['Huvudsektor', 'Undersektor', 'Län', 'Kommun', 2024],
      ...Array.from({ length: MAX_SHEET_ROWS + 1 }, () => [1]),
    ];
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
    const bytes = new Uint8Array(
      XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
    );
    expect(await expectUploadRejected(bytes)).toEqual([
      {
        row: null,
        column: 'Sheet1',
        message: `the sheet 'Sheet1' has more than ${MAX_SHEET_ROWS} rows; SMHI's export of every municipality has about 20 000`,
      },
    ]);
  });
});

describe('cells that hold no tonnage say what they hold (issue 15: "\'#error\' … is not a number with a decimal comma")', () => {
  it('an Excel error, a formula Excel never calculated, and a date-formatted number', async () => {
    const row = rowOf('Avfall (inkl.avlopp);Alla;Skåne län;Lund;');
    const workbook = XLSX.read(smhiXlsxFromCsv(csv), { type: 'array' });
    const sheet = workbook.Sheets.Sheet1 ?? {};
    sheet[`${letterOf(1990)}${row}`] = { t: 'e', v: 0x07 };
    sheet[`${letterOf(2000)}${row}`] = { t: 'n', f: 'B2/0' } as XLSX.CellObject;
    sheet[`${letterOf(2005)}${row}`] = { t: 'n', v: 43831, z: 'yyyy-mm-dd' };
    const bytes = new Uint8Array(
      XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
    );
    const problems = await expectUploadRejected(bytes);
    expect(problems).toEqual([
      {
        row,
        column: `Sheet1!${letterOf(1990)}${row}`,
        message: 'the cell for 1990 holds an Excel error (#DIV/0!), not tonnes',
      },
      {
        row,
        column: `Sheet1!${letterOf(2000)}${row}`,
        message:
          "the cell for 2000 holds a formula without a stored value (=B2/0): save the file in Excel first, which stores every formula's value",
      },
      {
        row,
        column: `Sheet1!${letterOf(2005)}${row}`,
        message: 'the cell for 2005 is formatted as a date (yyyy-mm-dd), so its 43831 is a day, not tonnes',
      },
    ]);
  });
});

describe('hostile sheets are read in bounded time (issue 15: a 66 KB file froze the server for 26 s)', () => {
  const years = [1990, 2000, 2024];
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const headerRow = `<row r="1">${['Huvudsektor', 'Undersektor', 'Län', 'Kommun'].map((t, i) => inline(`${'ABCD'[i]}1`, t)).join('')}${years.map((y, i) => `<c r="${'EFG'[i]}1"><v>${y}</v></c>`).join('')}</row>`;

  it('8 000 rows with one cell each in column XFD: 422, the cells right of the table reported once', async () => {
    const rows = Array.from(
      { length: 8_000 },
      (_, i) => `<row r="${i + 2}"><c r="XFD${i + 2}"><v>1</v></c></row>`,
    ).join('');
    const bytes = xlsxFromSheetData(headerRow + rows);
    expect(bytes.byteLength).toBeLessThan(100_000);
    const problems = await expectUploadRejected(bytes);
    expect(problems).toContainEqual({
      row: null,
      column: 'Sheet1',
      message: '8000 cells right of the last year column, the first at Sheet1!XFD2: the table ends at its last year',
    });
  });

  it(`3.2 million cells in a small file: 422 naming the cap of ${MAX_SHEET_CELLS} cells before the sheet is built`, async () => {
    const row = `<row>${'<c><v>1</v></c>'.repeat(32)}</row>`;
    const bytes = xlsxFromSheetData(headerRow + row.repeat(100_000));
    expect(bytes.byteLength).toBeLessThan(500_000);
    expect(await expectUploadRejected(bytes)).toEqual([
      {
        row: null,
        column: null,
        message:
          "the workbook's sheets have more than 2,000,000 cells (at xl/worksheets/sheet1.xml); SMHI's export of every municipality has about 300 000",
      },
    ]);
  });
});

/** expectUploadRejected with a file name in the query. */
async function expectUploadRejectedAs(body: string, fileName: string) {
  const { app } = createAdminApp();
  const result = await postRelease(
    app,
    body,
    `/api/v1/admin/releases/preview?fileName=${encodeURIComponent(fileName)}`,
  );
  expect(result.status).toBe(422);
  return (result.body as { problems: { message: string }[] }).problems;
}

/** A one-entry zip (deflated), its local header and central directory claiming `declaredSize` unpacked bytes. */
function zipOf(name: string, content: Uint8Array, { declaredSize }: { declaredSize: number }): Uint8Array<ArrayBuffer> {
  const data = deflateRawSync(content);
  const nameBytes = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.byteLength, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, nameBytes.byteLength, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.byteLength, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, nameBytes.byteLength, true);
  central.setUint32(42, 0, true);
  const centralStart = 30 + nameBytes.byteLength + data.byteLength;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.byteLength, true);
  end.setUint32(16, centralStart, true);
  const parts = [
    new Uint8Array(local.buffer),
    nameBytes,
    data,
    new Uint8Array(central.buffer),
    nameBytes,
    new Uint8Array(end.buffer),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

describe.skipIf(!hasRealReference)("SMHI's real export (../shared/data, data to 2019) as an Excel file", () => {
  it(
    'previews like the CSV it was made from: every row of every municipality, sub-sectors included',
    { timeout: 60_000 },
    async () => {
      const { app } = createAdminApp();
      const text = readFileSync(
        join(REAL_REFERENCE, 'raw/emissions-smhi-thru2019/emissions_per_municipality.csv'),
        'utf8',
      );
      const fromCsv = releasePreviewSchema.parse((await postRelease(app, text, '/api/v1/admin/releases/preview')).body);
      const result = await postRelease(
        app,
        smhiXlsxFromCsv(text, 'Länsrapport'),
        '/api/v1/admin/releases/preview?fileName=smhi.xlsx',
      );
      expect(result.status, result.text).toBe(200);
      const fromXlsx = releasePreviewSchema.parse(result.body);
      expect(fromXlsx).toEqual({
        ...fromCsv,
        format: 'smhi-xlsx',
        fileName: 'smhi.xlsx',
        release: {
          ...fromCsv.release,
          origin: "uploaded file smhi.xlsx (SMHI's Excel download)",
          label: expect.any(Object),
        },
      });
      expect(fromXlsx.rowCount).toBe(19656);
    },
  );
});
