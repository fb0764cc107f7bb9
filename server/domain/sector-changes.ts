/**
 * Change in each sector (and in the total) from 2015 to a city's latest reported year:
 * in tonnes, in percent and per person. Only reported years are used; a city without a
 * reported 2015 or a later year has no change (nothing is filled in).
 *
 * - changeTonnes = E_latest − E_2015 (2 decimals; negative is a cut);
 * - changePercent = (E_latest − E_2015) / E_2015 × 100 (change.ts), null when E_2015 = 0;
 * - changeTonnesPerCapita = E_latest / P_latest − E_2015 / P_2015 (P = population on
 *   31 December, SCB), 4 decimals, null when either population is unknown.
 */
import type { SectorChange } from '../../contract/peers.ts';
import type { Snapshot } from './snapshot.ts';
import { changePercent, latestYear, round } from './change.ts';

/** The base year of "since 2015": the year the Paris Agreement was adopted, as elsewhere in the dashboard. */
export const CHANGE_BASE_YEAR = 2015;

export function sectorChange(
  fromYear: number,
  toYear: number,
  fromTonnes: number | undefined,
  toTonnes: number | undefined,
  persons: { from: number | undefined; to: number | undefined },
): SectorChange | null {
  if (fromTonnes === undefined || toTonnes === undefined) return null;
  const perCapita = persons.from && persons.to ? round(toTonnes / persons.to - fromTonnes / persons.from, 4) : null;
  return {
    fromYear,
    toYear,
    fromTonnes,
    toTonnes,
    changeTonnes: round(toTonnes - fromTonnes, 2),
    changePercent: changePercent(fromTonnes, toTonnes),
    changeTonnesPerCapita: perCapita,
  };
}

export interface CityChanges {
  toYear: number;
  total: SectorChange | null;
  /** Sector id → change; only sectors reported in both years. */
  sectors: Record<string, SectorChange>;
}

/** The city's changes since 2015, or null when 2015 or a later year is not reported. */
export function cityChanges(snapshot: Snapshot, cityId: string): CityChanges | null {
  const totals = snapshot.totals.get(cityId);
  const toYear = totals ? latestYear(totals) : undefined;
  if (!totals || toYear === undefined || toYear <= CHANGE_BASE_YEAR || !totals.has(CHANGE_BASE_YEAR)) return null;
  const population = snapshot.population.get(cityId);
  const persons = { from: population?.get(CHANGE_BASE_YEAR)?.persons, to: population?.get(toYear)?.persons };
  const from = snapshot.sectorValues.get(cityId)?.get(CHANGE_BASE_YEAR) ?? {};
  const to = snapshot.sectorValues.get(cityId)?.get(toYear) ?? {};
  const sectors: Record<string, SectorChange> = {};
  for (const sector of snapshot.sectors) {
    const change = sectorChange(CHANGE_BASE_YEAR, toYear, from[sector.id], to[sector.id], persons);
    if (change) sectors[sector.id] = change;
  }
  return {
    toYear,
    total: sectorChange(CHANGE_BASE_YEAR, toYear, totals.get(CHANGE_BASE_YEAR), totals.get(toYear), persons),
    sectors,
  };
}
