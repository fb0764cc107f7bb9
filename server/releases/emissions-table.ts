/**
 * Emissions read from any source format, before they become dataset series:
 * kommun name → year → sector id → tonnes CO2e, plus SMHI's own totals where the
 * source carries them.
 */
export interface EmissionsTable {
  /** Reported years, ascending. */
  years: number[];
  kommuner: Map<string, KommunEmissions>;
  /** The column of a year's value on a row (a number for the CSV, `Sheet1!F12` for a sheet), or of the kommun's name for null; when the source has rows. */
  locate?: (row: number, year: number | null) => number | string;
  /** The column given with a problem about a whole row: a sheet's name; absent for the CSV. */
  sheet?: string;
}

export interface KommunEmissions {
  /** Where the kommun first appears in the source (row or entry number), for error messages. */
  row: number;
  sectors: Map<number, Map<string, number>>;
  /** SMHI's "Alla" total per year when the source has it; otherwise the sum of sectors is used. */
  totals: Map<number, number>;
  /** `year|sector id` of values that were present but invalid (already reported; not "missing"). */
  invalid?: Set<string>;
  /** The row of each main sector (by id) and of the total (`total`), when the source has rows. */
  rows?: Map<string, number>;
}

export function emptyKommun(row: number): KommunEmissions {
  return { row, sectors: new Map(), totals: new Map() };
}
