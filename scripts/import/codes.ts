/**
 * SCB's kommun and län codes, from the CC0 CSV (municipality_code, …,
 * municipality_name_short, county_code, county_name). The short names match
 * SCB's 2023 list and the names in SMHI's and SCB's data files.
 */
import { ImportError } from './errors.ts';

export interface Kommun {
  code: string;
  name: string;
  lanCode: string;
  lanName: string;
}

const REQUIRED = ['municipality_code', 'municipality_name_short', 'county_code', 'county_name'] as const;

export function parseCodesCsv(text: string, file: string): Kommun[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',');
  const index = Object.fromEntries(
    REQUIRED.map((name) => {
      const i = header.indexOf(name);
      if (i < 0) throw new ImportError(file, `missing column '${name}'`, 1);
      return [name, i];
    }),
  ) as Record<(typeof REQUIRED)[number], number>;
  const kommuner = lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length)
      throw new ImportError(file, `has ${cells.length} fields, expected ${header.length}`, i + 2);
    const kommun = {
      code: cells[index.municipality_code] ?? '',
      name: cells[index.municipality_name_short] ?? '',
      lanCode: cells[index.county_code] ?? '',
      lanName: cells[index.county_name] ?? '',
    };
    if (!/^\d{4}$/.test(kommun.code))
      throw new ImportError(file, `'${kommun.code}' is not a 4-digit kommunkod`, i + 2, index.municipality_code + 1);
    if (!/^\d{2}$/.test(kommun.lanCode))
      throw new ImportError(file, `'${kommun.lanCode}' is not a 2-digit länskod`, i + 2, index.county_code + 1);
    return kommun;
  });
  if (kommuner.length !== 290) throw new ImportError(file, `expected 290 kommuner, found ${kommuner.length}`);
  return kommuner;
}

/** Looks a kommun up by its SCB name, failing with the file and place that used it. */
export function kommunByName(
  kommuner: readonly Kommun[],
): (name: string, file: string, row?: number | string) => Kommun {
  const byName = new Map(kommuner.map((k) => [k.name, k]));
  return (name, file, row) => {
    const kommun = byName.get(name.trim());
    if (!kommun) throw new ImportError(file, `unknown municipality '${name}' (not in SCB's code list)`, row);
    return kommun;
  };
}
