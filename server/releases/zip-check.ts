/**
 * A look inside an uploaded .xlsx (a zip archive) before the spreadsheet library opens it.
 * An 8 MiB zip can unpack to gigabytes (a "zip bomb"), and its headers may lie about their
 * sizes (SheetJS trusts the local header, and grows its buffer without limit when the size
 * is left 0). So every entry is unpacked here once with zlib's own `maxOutputLength`, against
 * one budget for the whole file; only a file that fits is handed on.
 * Zip layout: PKWARE APPNOTE.TXT 6.3.10, §4.3 (local headers, central directory, end record).
 */
import { inflateRawSync } from 'node:zlib';

/** SMHI's export of every municipality, sub-sectors included (19 664 rows), unpacks to about 12 MiB; this leaves room 4 times over. */
export const MAX_UNPACKED_BYTES = 48 * 1024 * 1024;
const MAX_ENTRIES = 500;
/**
 * Cells in all worksheets together, counted in the unpacked XML before the spreadsheet library
 * builds them: SMHI's export of every municipality has about 300 000 (20 000 rows × 14 columns),
 * while 48 MiB of `<c><v>1</v></c>` hold 3.2 million, which take the library seconds and
 * hundreds of MB to build.
 */
export const MAX_SHEET_CELLS = 2_000_000;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Null when the archive is sound and small enough unpacked; otherwise what is wrong with it. */
export function checkZip(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  // The end record is in the last 22 bytes plus at most a 64 KiB comment.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'the zip archive has no central directory; the file is damaged or cut off';
  const entries = u16(end + 10);
  let at = u32(end + 16);
  if (entries > MAX_ENTRIES) return `the zip archive has ${entries} entries; a workbook has a few dozen at most`;
  let unpacked = 0;
  let cells = 0;
  for (let i = 0; i < entries; i++) {
    if (u32(at) !== CENTRAL_ENTRY) return "the zip archive's central directory is damaged";
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const declared = u32(at + 24);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (flags & 0x41) return `the workbook is encrypted (${name}); save it without a password`;
    if (compressed === 0xffffffff || declared === 0xffffffff)
      return `the zip archive uses ZIP64 (${name}); a release file is far smaller`;
    if (u32(local) !== LOCAL_HEADER) return `the zip archive is damaged: no local header for ${name}`;
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    const budget = MAX_UNPACKED_BYTES - unpacked;
    if (declared > budget || u32(local + 22) > budget) return unpackedTooLarge(name);
    if (method === 0) {
      unpacked += compressed;
    } else if (method === 8) {
      try {
        // From the entry's start to the end of the file, as the spreadsheet library reads it.
        const content = inflateRawSync(bytes.subarray(dataStart), { maxOutputLength: Math.max(1, budget) });
        unpacked += content.byteLength;
        if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) cells += countCells(content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return unpackedTooLarge(name);
        return `the zip archive is damaged: ${name} cannot be unpacked (${(error as Error).message})`;
      }
    } else {
      return `the zip archive packs ${name} with method ${method}; Excel uses 8 (deflate)`;
    }
    if (unpacked > MAX_UNPACKED_BYTES) return unpackedTooLarge(name);
    if (cells > MAX_SHEET_CELLS)
      return `the workbook's sheets have more than ${MAX_SHEET_CELLS.toLocaleString('en-US')} cells (at ${name}); SMHI's export of every municipality has about 300 000`;
  }
  return null;
}

/** `<c ` `<c>` `<c/`: the cell elements of a sheet's XML (not `<col`, `<cols`). */
function countCells(xml: Uint8Array): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i + 2 < xml.length; i = xml.indexOf(0x3c, i + 1)) {
    const next = xml[i + 2];
    if (xml[i + 1] === 0x63 && (next === 0x20 || next === 0x3e || next === 0x2f)) n++;
  }
  return n;
}

function unpackedTooLarge(name: string): string {
  return `the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB (at ${name}); SMHI's export of every municipality unpacks to about 12 MiB`;
}
