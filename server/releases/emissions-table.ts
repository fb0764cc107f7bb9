/**
 * Emissions read from any source format, before they become dataset series:
 * kommun name → year → sector id → tonnes CO2e, plus SMHI's own totals where the
 * source carries them.
 */
export interface EmissionsTable {
  /** Reported years, ascending. */
  years: number[];
  kommuner: Map<string, KommunEmissions>;
}

export interface KommunEmissions {
  /** Where the kommun first appears in the source (row or entry number), for error messages. */
  row: number;
  sectors: Map<number, Map<string, number>>;
  /** SMHI's "Alla" total per year when the source has it; otherwise the sum of sectors is used. */
  totals: Map<number, number>;
  /** `year|sector id` of values that were present but invalid (already reported; not "missing"). */
  invalid?: Set<string>;
}

export function emptyKommun(row: number): KommunEmissions {
  return { row, sectors: new Map(), totals: new Map() };
}
