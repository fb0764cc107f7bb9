/**
 * Test support for the write API: an app with tokens, SMHI exports and release JSON built
 * from the seeded dataset, and a fingerprint of everything a write could touch. Imported
 * only by `*.test.ts` files.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importProblemResponseSchema, releasePreviewSchema, type ImportProblem } from '../../contract/index.ts';
import { createApp } from '../app.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { Db } from '../db/connection.ts';
import { SECTORS } from '../releases/sectors.ts';
import { expectProblem, getJson, openTestDatabase, testDataset, TODAY } from '../test-helpers.ts';
import { parseAdminTokens } from './tokens.ts';

export const ADMIN_TOKEN = 'test-32d95b8002ad76fa0f54e96cc17b8bb49bc6804f1aa0fec5';
export const AUTH = { Authorization: `Bearer ${ADMIN_TOKEN}` };
export const AT = '2026-11-28T12:00:00.000Z';

export function createAdminApp(
  options: {
    db?: Db;
    tokens?: string;
    rateLimits?: Parameters<typeof createApp>[0]['rateLimits'];
    logError?: (error: unknown) => void;
  } = {},
) {
  const db = options.db ?? openTestDatabase();
  const app = createApp({
    db,
    today: () => TODAY,
    logError: options.logError ?? (() => {}),
    adminTokens: parseAdminTokens(options.tokens ?? `alice:${ADMIN_TOKEN}`),
    now: () => new Date(AT),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  return { app, db };
}

const decimalComma = (n: number) => String(n).replace('.', ',');

export interface CsvOptions {
  /** city id → year → sector id → tonnes to use instead of the dataset's. */
  change?: (cityId: string, year: number, sectorId: string, tonnes: number) => number;
  /** Municipalities outside the dashboard to include (names from SCB's list). */
  extraMunicipalities?: string[];
  releaseId?: string;
}

/**
 * SMHI's export of one dataset release, as SMHI writes it: preamble, header, Sweden and
 * per-kommun "Alla" totals, one main-sector row per kommun, a sub-sector row, the footer.
 */
export function smhiCsvFromDataset(dataset: Dataset = testDataset(), options: CsvOptions = {}): string {
  const releaseId = options.releaseId ?? dataset.currentReleaseId;
  const release = dataset.releases.find((r) => r.id === releaseId);
  if (!release) throw new Error(`no release ${releaseId}`);
  const years = release.years;
  const lanName = new Map(dataset.cities.map((c) => [c.lan.code, c.lan.name]));
  const lines = [
    'Rapportnamn:;Länsrapport, 2026-06-15',
    'Emissioner av Växthusgaser totalt',
    'Enhet: ton/år',
    '',
    `Huvudsektor;Undersektor;Län;Kommun;${years.join(';')}`,
    `Alla;Alla;Alla;Alla;${years.map(() => '1000000').join(';')}`,
  ];
  const change = options.change ?? ((_c, _y, _s, t) => t);
  for (const city of dataset.cities) {
    const series = dataset.emissions.find((e) => e.cityId === city.id && e.releaseId === releaseId);
    if (!series) throw new Error(`no series for ${city.id}`);
    const value = (year: number, sectorId: string) =>
      change(city.id, year, sectorId, series.sectors[String(year)]?.[sectorId] ?? 0);
    const sum = (year: number) => Math.round(SECTORS.reduce((a, s) => a + value(year, s.id), 0) * 100) / 100;
    // SMHI's own total equals the dataset's where nothing changed, else the new sum.
    const total = (year: number) =>
      SECTORS.every((s) => value(year, s.id) === (series.sectors[String(year)]?.[s.id] ?? 0))
        ? (series.totals[String(year)] ?? 0)
        : sum(year);
    lines.push(`Alla;Alla;${city.lan.name};${city.name};${years.map((y) => decimalComma(total(y))).join(';')}`);
    for (const sector of SECTORS)
      lines.push(
        `${sector.smhiName};Alla;${city.lan.name};${city.name};${years.map((y) => decimalComma(value(y, sector.id))).join(';')}`,
      );
    lines.push(`Transporter;Personbilar;${city.lan.name};${city.name};${years.map(() => '1').join(';')}`);
  }
  for (const name of options.extraMunicipalities ?? []) {
    const m = dataset.municipalities.find((x) => x.name === name);
    const lan = lanName.get(m?.lanCode ?? '') ?? 'Stockholms län';
    for (const sector of SECTORS)
      lines.push(`${sector.smhiName};Alla;${lan};${name};${years.map(() => '5,5').join(';')}`);
  }
  lines.push('Rapportnamn:;Länsrapport, 2026-06-15');
  return lines.join('\r\n');
}

/** Each line of an SMHI CSV mapped to its cells, edited, and joined again. */
const mapCells = (text: string, edit: (cells: string[], row: number) => string[]) =>
  text
    .split('\r\n')
    .map((line, i) => edit(line.split(';'), i + 1).join(';'))
    .join('\r\n');

/** An SMHI CSV without one column (counted from 1). */
export const withoutColumn = (text: string, column: number) =>
  mapCells(text, (cells) => cells.filter((_, j) => j !== column - 1));

/**
 * The seeded SMHI CSV by rows and columns, both counted from 1 as the import's problems count them:
 * the row a line starts with a prefix, a year's column, and the CSV (or another) with one cell replaced.
 */
export function smhiCsvGrid(csv = smhiCsvFromDataset()) {
  const lines = csv.split('\r\n');
  const years = testDataset().releases[0]?.years ?? [];
  return {
    csv,
    lines,
    years,
    rowOf: (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1,
    /** Huvudsektor, Undersektor, Län and Kommun come first. */
    columnOf: (year: number) => 4 + years.indexOf(year) + 1,
    withCell: (row: number, column: number, value: string, text = csv) =>
      mapCells(text, (cells, r) => (r === row ? cells.map((c, j) => (j === column - 1 ? value : c)) : cells)),
  };
}

/** The project's release JSON of a dataset release. */
export function releaseJsonFromDataset(dataset: Dataset = testDataset()) {
  return {
    format: 'klimatneutrala-stader/release@1' as const,
    published: '2026-06-15',
    emissions: dataset.cities.map((city) => {
      const series = dataset.emissions.find((e) => e.cityId === city.id && e.releaseId === dataset.currentReleaseId);
      // A copy: tests edit the file, and the dataset is shared by every test of the file.
      return structuredClone({
        kommunkod: city.kommunkod,
        name: city.name,
        sectors: series?.sectors ?? {},
        totals: series?.totals ?? {},
      });
    }),
  };
}

const count = (db: Db, sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;

/** Everything a write could change, so a test can prove that nothing did. */
export function fingerprint(db: Db) {
  const hash = (sql: string) =>
    createHash('sha256')
      .update(JSON.stringify(db.prepare(sql).all()))
      .digest('hex');
  return {
    releases: db
      .prepare<[], { id: string; is_current: number; content_hash: string | null }>(
        'SELECT id, is_current, content_hash FROM releases ORDER BY id',
      )
      .all(),
    emissionRows: count(db, 'SELECT COUNT(*) AS n FROM emissions'),
    emissions: hash('SELECT * FROM emissions ORDER BY release_id, city_id, year, sector_id'),
    totals: hash('SELECT * FROM emission_totals ORDER BY release_id, city_id, year'),
    signings: hash('SELECT * FROM signings ORDER BY city_id, version_id, kind'),
    versions: hash('SELECT * FROM contract_versions ORDER BY id'),
    contractSources: hash('SELECT * FROM contract_sources ORDER BY id'),
    targets: hash('SELECT * FROM targets ORDER BY id'),
    auditCount: count(db, 'SELECT COUNT(*) AS n FROM audit'),
    revision: db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'revision'").get()?.value,
  };
}

type AdminApp = ReturnType<typeof createAdminApp>['app'];

/** POSTs an upload with the test token. */
export function postRelease(
  app: AdminApp,
  body: NonNullable<RequestInit['body']>,
  path = '/api/v1/admin/releases',
  headers: Record<string, string> = {},
) {
  // duplex: a streamed body needs it in Node's fetch Request.
  return getJson(app, path, { method: 'POST', headers: { ...AUTH, ...headers }, body, duplex: 'half' } as RequestInit);
}

/** Posts to preview and import on a fresh app; both must be a 422 listing the problems, with the database as it was. */
export async function expectUploadRejected(
  body: NonNullable<RequestInit['body']> | (() => NonNullable<RequestInit['body']>),
  headers: Record<string, string> = {},
): Promise<ImportProblem[]> {
  const { app, db } = createAdminApp();
  const before = fingerprint(db);
  let problems: ImportProblem[] = [];
  for (const path of ['/api/v1/admin/releases/preview', '/api/v1/admin/releases']) {
    const result = await postRelease(app, typeof body === 'function' ? body() : body, path, headers);
    expectProblem(result, 422);
    const parsed = importProblemResponseSchema.parse(result.body);
    expect(parsed.problemCount).toBe(parsed.problems.length);
    expect(parsed.detail).toContain('nothing was stored');
    problems = parsed.problems;
  }
  expect(fingerprint(db)).toEqual(before);
  return problems;
}

/** If-Match for a release write that may replace whatever release is current (tests not about concurrency). */
export const ANY_VERSION = { 'If-Match': '*' };

/**
 * As the admin UI does it: previews the upload, then imports it with the preview's version
 * (If-Match) and its large changes confirmed (`confirmWarnings`).
 */
export async function previewThenImport(
  app: AdminApp,
  body: string | Uint8Array<ArrayBuffer>,
  query: Record<string, string> = {},
) {
  const params = (extra: Record<string, string>) => `?${new URLSearchParams({ ...query, ...extra }).toString()}`;
  const previewed = await postRelease(app, body, `/api/v1/admin/releases/preview${params({})}`);
  const preview = releasePreviewSchema.parse(previewed.body);
  const confirm: Record<string, string> = preview.warningsHash ? { confirmWarnings: preview.warningsHash } : {};
  const imported = await postRelease(app, body, `/api/v1/admin/releases${params(confirm)}`, {
    'If-Match': `"${preview.version}"`,
  });
  return { preview, imported };
}

/**
 * SMHI's Excel download of an export's figures: the CSV's preamble lines as text rows, then
 * its header (years as numbers) and rows, every value that is a number with a decimal comma
 * as a number cell, an empty value as no cell, anything else as the text it is (so a test can spoil a cell).
 */
export function smhiXlsxFromCsv(csv: string, sheetName = 'Sheet1'): Uint8Array<ArrayBuffer> {
  const toCell = (cell: string, column: number) =>
    column < 4 ? cell : cell === '' ? null : /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell;
  const rows = csv
    .split(/\r?\n/)
    .map((line) => (line.includes(';') && !line.startsWith('Rapportnamn') ? line.split(';').map(toCell) : [line]));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), sheetName);
  return new Uint8Array(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/**
 * A workbook written by hand, as a hostile file would be: one sheet whose `<sheetData>` is
 * `sheetData` (rows of `<c>` elements), deflated in a minimal zip. SheetJS's own writer
 * cannot make such files in reasonable time (a cell in column XFD of 8 000 rows).
 */
export function xlsxFromSheetData(sheetData: string): Uint8Array<ArrayBuffer> {
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    ],
  ];
  return deflatedZip(files);
}

const signature = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
};

/** What a zip entry's local header and its central record both say, from "version needed" to "extra length". */
function entryFields(content: Buffer, data: Buffer, nameBytes: Buffer): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(20, 0);
  fields.writeUInt16LE(8, 4);
  fields.writeUInt32LE(crc32(content), 10);
  fields.writeUInt32LE(data.byteLength, 14);
  fields.writeUInt32LE(content.byteLength, 18);
  fields.writeUInt16LE(nameBytes.byteLength, 22);
  return fields;
}

/** A minimal zip of these text files, each deflated. */
function deflatedZip(files: [string, string][]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const content = Buffer.from(text, 'utf8');
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name, 'utf8');
    const fields = entryFields(content, data, nameBytes);
    const header = Buffer.concat([signature(0x04034b50), fields]);
    // Version made by, the shared fields, then comment length, disk, attributes and the header's offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    const central = Buffer.concat([signature(0x02014b50), Buffer.from([20, 0]), fields, tail]);
    locals.push(header, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += header.byteLength + nameBytes.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
