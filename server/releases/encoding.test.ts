/** A file in an encoding the importer does not read says which one it is and how to send it instead. */
import { describe, expect, it } from 'vitest';
import { expectUploadRejected, smhiCsvFromDataset } from '../admin/test-support.ts';

const csv = smhiCsvFromDataset();
const HOW = `save it as UTF-8 (in Excel: Save as → "CSV UTF-8", which writes ';' with Swedish settings), or upload SMHI's .xlsx download as it is`;

function utf16(text: string, { bigEndian = false, bom = true } = {}): Uint8Array<ArrayBuffer> {
  const little = Buffer.from(text, 'utf16le');
  const bytes = bigEndian ? Buffer.from(little).swap16() : little;
  const mark = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  return new Uint8Array([...mark, ...bytes]);
}

describe('UTF-16 files (Excel\'s "Unicode text")', () => {
  it('with a byte-order mark: named, little- or big-endian, with how to save it', async () => {
    expect(await expectUploadRejected(utf16(csv))).toEqual([
      {
        row: null,
        column: null,
        message: `the file is encoded as UTF-16 little-endian (it starts with the byte-order mark FF FE), which the importer does not read: ${HOW}`,
      },
    ]);
    expect((await expectUploadRejected(utf16(csv, { bigEndian: true })))[0]?.message).toMatch(
      /^the file is encoded as UTF-16 big-endian \(it starts with the byte-order mark FE FF\)/,
    );
  });

  it('without one: recognised by the NUL in every other byte', async () => {
    expect((await expectUploadRejected(utf16(csv, { bom: false })))[0]?.message).toBe(
      `the file is encoded as UTF-16 little-endian (every other byte is 0, without a byte-order mark), which the importer does not read: ${HOW}`,
    );
  });
});

describe('UTF-32 files (issue 15: reported as UTF-16)', () => {
  it('with the byte-order mark FF FE 00 00 or 00 00 FE FF: named UTF-32', async () => {
    const little = new Uint8Array([
      0xff,
      0xfe,
      0,
      0,
      ...[...csv.slice(0, 200)].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8, 0, 0]),
    ]);
    expect(await expectUploadRejected(little)).toEqual([
      {
        row: null,
        column: null,
        message: `the file is encoded as UTF-32 little-endian (it starts with the byte-order mark FF FE 00 00), which the importer does not read: ${HOW}`,
      },
    ]);
    const big = new Uint8Array([
      0,
      0,
      0xfe,
      0xff,
      ...[...csv.slice(0, 200)].flatMap((ch) => [0, 0, ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]),
    ]);
    expect((await expectUploadRejected(big))[0]?.message).toMatch(
      /^the file is encoded as UTF-32 big-endian \(it starts with the byte-order mark 00 00 FE FF\)/,
    );
  });
});
