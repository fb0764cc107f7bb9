/**
 * Reads SMHI main-sector emissions as published by Klimatkollen's data pipeline:
 * `[{ "name": "<kommun>", "sectors": { "<year>": { "<Huvudsektor>": <t CO2e> } } }]`.
 * The file has no totals; SMHI's "Alla" equals the sum of the nine sectors (checked
 * to within 1 t by the reference data's README), so the sum is used.
 */
import { ImportError } from './errors.ts';
import { emptyKommun, type EmissionsTable } from './emissions-table.ts';
import { sectorIdForSmhiName } from './sectors.ts';

export function parseSmhiJson(text: string, file: string): EmissionsTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, `is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new ImportError(file, 'expected a JSON array of { name, sectors } objects');
  const table: EmissionsTable = { years: [], kommuner: new Map() };
  const allYears = new Set<number>();
  data.forEach((entry: unknown, index) => {
    const row = `${index + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new ImportError(file, 'expected an object', row);
    const { name, sectors } = entry as { name?: unknown; sectors?: unknown };
    if (typeof name !== 'string' || !name.trim()) throw new ImportError(file, 'missing kommun name', row, 'name');
    if (table.kommuner.has(name)) throw new ImportError(file, `duplicate entry for ${name}`, row, 'name');
    if (typeof sectors !== 'object' || sectors === null)
      throw new ImportError(file, `${name}: missing sectors`, row, 'sectors');
    const kommun = emptyKommun(index + 1);
    for (const [yearKey, values] of Object.entries(sectors)) {
      if (!/^\d{4}$/.test(yearKey))
        throw new ImportError(file, `${name}: '${yearKey}' is not a year`, row, `sectors.${yearKey}`);
      const year = Number(yearKey);
      allYears.add(year);
      if (typeof values !== 'object' || values === null)
        throw new ImportError(file, `${name}: expected sector values`, row, `sectors.${yearKey}`);
      const bySector = new Map<string, number>();
      for (const [sectorName, value] of Object.entries(values as Record<string, unknown>)) {
        const column = `sectors.${yearKey}.${sectorName}`;
        const sectorId = sectorIdForSmhiName(sectorName);
        if (!sectorId) throw new ImportError(file, `${name}: unknown main sector '${sectorName}'`, row, column);
        if (typeof value !== 'number' || !Number.isFinite(value))
          throw new ImportError(file, `${name}: ${JSON.stringify(value)} is not a number`, row, column);
        if (value < 0) throw new ImportError(file, `${name}: negative value ${value}`, row, column);
        bySector.set(sectorId, value);
      }
      kommun.sectors.set(year, bySector);
    }
    table.kommuner.set(name, kommun);
  });
  table.years = [...allYears].sort((a, b) => a - b);
  if (table.kommuner.size === 0) throw new ImportError(file, 'the array is empty');
  if (table.years.length === 0) throw new ImportError(file, 'no entry has any year in sectors');
  return table;
}
