/**
 * The dataset's emissions: each release's file read in either SMHI format (checked against
 * KNOWN_RELEASES when it is one), a series per city and release with all nine sectors of
 * every year, and Sweden's national series.
 */
import { basename, relative } from 'node:path';
import type { DatasetCity, DatasetEmissionSeries, DatasetNationalEmissions } from '../../server/dataset/schema.ts';
import type { Kommun } from './codes.ts';
import type { EmissionsTable } from './emissions-table.ts';
import { ImportError } from './errors.ts';
import { readInput } from './read-input.ts';
import { KNOWN_RELEASES, NATIONAL_SERIES } from './releases.ts';
import { SECTORS } from './sectors.ts';
import { looksLikeSmhiCsv, parseSmhiCsv } from './smhi-csv.ts';
import { parseSmhiJson } from './smhi-json.ts';

/** Reads a release's emissions in either format, by content rather than by extension. */
export function parseEmissionsFile(text: string, file: string): EmissionsTable {
  if (looksLikeSmhiCsv(text)) return parseSmhiCsv(text, file);
  if (/^\s*[[{]/.test(text)) return parseSmhiJson(text, file);
  throw new ImportError(
    file,
    "is neither SMHI's semicolon export (header 'Huvudsektor;Undersektor;Län;Kommun;…') nor the JSON array of { name, sectors }",
  );
}

/** The record of a release read from a file that is not one of KNOWN_RELEASES. */
function localRelease(spec: string, years: number[]) {
  const maxYear = years[years.length - 1] ?? 0;
  return {
    id: `smhi-thru${maxYear}`,
    sourceId: 'smhi-ned',
    label: { sv: `SMHI, utsläpp t.o.m. ${maxYear}`, en: `SMHI, emissions to ${maxYear}` },
    dataThroughYear: maxYear,
    published: `${maxYear + 2}`,
    origin: `local file ${basename(spec)}`,
    years,
  };
}

/** A release given as a known id or a file path: its record, its table and the file as shown in errors. */
export function loadRelease(spec: string, referenceDir: string) {
  const known = KNOWN_RELEASES.find((r) => r.id === spec);
  const file = known ? known.file : spec;
  const shownAs = known ? file : relative('.', spec) || basename(spec);
  const table = parseEmissionsFile(readInput(known ? referenceDir : '.', file), shownAs);
  const maxYear = table.years[table.years.length - 1] ?? 0;
  if (known && maxYear !== known.dataThroughYear) {
    throw new ImportError(
      shownAs,
      `newest year is ${maxYear}, expected ${known.dataThroughYear} for release ${known.id}`,
    );
  }
  const release = known ? { ...known, years: table.years } : localRelease(spec, table.years);
  const { file: _file, ...releaseRecord } = release as typeof release & { file?: string };
  return { release: releaseRecord, table, file: shownAs };
}

/** One year's value of every sector, in SECTORS' order; a missing sector is an ImportError. */
function yearSectors(
  valueOf: (sectorId: string) => number | undefined,
  where: { file: string; place: string; row: number | string | undefined; year: number },
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const sector of SECTORS) {
    const value = valueOf(sector.id);
    if (value === undefined)
      throw new ImportError(
        where.file,
        `${where.place}: sector '${sector.smhiName}' is missing for ${where.year}`,
        where.row,
        `${where.year}`,
      );
    values[sector.id] = value;
  }
  return values;
}

/** The sum of a year's sectors, to the hundredth. */
function sectorSum(values: Record<string, number>): number {
  return Math.round(Object.values(values).reduce((a, b) => a + b, 0) * 100) / 100;
}

export function emissionSeries(
  city: DatasetCity,
  releaseId: string,
  table: EmissionsTable,
  file: string,
): DatasetEmissionSeries {
  const kommun = table.kommuner.get(city.name);
  if (!kommun) throw new ImportError(file, `no emissions for ${city.name} (${city.kommunkod})`);
  const sectors: DatasetEmissionSeries['sectors'] = {};
  const totals: DatasetEmissionSeries['totals'] = {};
  for (const year of table.years) {
    const bySector = kommun.sectors.get(year);
    if (!bySector) throw new ImportError(file, `${city.name}: no values for ${year}`, kommun.row, `${year}`);
    const values = yearSectors((id) => bySector.get(id), { file, place: city.name, row: kommun.row, year });
    sectors[year] = values;
    totals[year] = kommun.totals.get(year) ?? sectorSum(values);
  }
  return { cityId: city.id, releaseId, sectors, totals };
}

/** Sweden's row of SMHI's national series: every sector of every year, the total their sum (as SMHI's "Alla"). */
export function nationalEmissions(referenceDir: string): DatasetNationalEmissions {
  const { file, releaseId, sourceId, origin } = NATIONAL_SERIES;
  const table = parseSmhiJson(readInput(referenceDir, file), file);
  const sweden = table.kommuner.get('Sverige');
  if (!sweden || table.kommuner.size !== 1)
    throw new ImportError(file, `expected one entry named 'Sverige', found ${[...table.kommuner.keys()].join(', ')}`);
  const sectors: DatasetNationalEmissions['sectors'] = {};
  const totals: DatasetNationalEmissions['totals'] = {};
  for (const year of table.years) {
    const values = yearSectors((id) => sweden.sectors.get(year)?.get(id), {
      file,
      place: 'Sverige',
      row: sweden.row,
      year,
    });
    sectors[year] = values;
    totals[year] = sectorSum(values);
  }
  return { sourceId, releaseId, origin, sectors, totals };
}

export function checkNames(table: EmissionsTable, kommuner: readonly Kommun[], file: string) {
  const names = new Set(kommuner.map((k) => k.name));
  for (const [name, kommun] of table.kommuner) {
    if (!names.has(name))
      throw new ImportError(file, `unknown municipality '${name}' (not in SCB's code list)`, kommun.row);
  }
}
