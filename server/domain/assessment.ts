/**
 * Every computed figure of every city — headline figures, average annual change, trend,
 * target and reference assessments, ranks, measured points and computed paths — built
 * ONCE per snapshot (so once per data revision) and memoised in a WeakMap keyed by the
 * Snapshot object. Routes and citySummary only read it; nothing is recomputed per request
 * or per city. The rules and their sources are documented in change.ts, trend.ts,
 * target-path.ts, reference-path.ts, ranks.ts and indexing.ts.
 */
import {
  RANK_MEASURES,
  type CityAssessment,
  type CitySummary,
  type EmissionPoint,
  type PathPoint,
  type RankMeasure,
} from '../../contract/index.ts';
import type { Snapshot } from './snapshot.ts';
import { averageAnnualChangePercent, changePercent, latestYear, perCapita } from './change.ts';
import { measuredPoints, pathPoints } from './indexing.ts';
import { competitionRanks } from './ranks.ts';
import { assessReference } from './reference-path.ts';
import { assessTarget } from './target-path.ts';
import { fitTrend, projectedAt } from './trend.ts';
import { targetStanding } from './target-standing.ts';

/** The last year of the computed trend path (the reference path also ends here). */
export const PATH_END_YEAR = 2050;

export interface CityFigures {
  latest: CitySummary['latest'];
  changeSince1990Percent: number | null;
  changeSince2015Percent: number | null;
}

export interface CityPaths {
  /** Yearly from the latest reported year to 2050 (the projection); empty without a trend. */
  trend: PathPoint[];
  /** Yearly from the base year to the target year; null without an assessed target. */
  target: PathPoint[] | null;
  /** Yearly 2025…2050; empty without a trend. */
  reference: PathPoint[];
}

export interface CityComputation {
  figures: CityFigures;
  assessment: CityAssessment;
  /** Every reported year, without sectors. */
  points: EmissionPoint[];
  paths: CityPaths;
}

const memo = new WeakMap<Snapshot, ReadonlyMap<string, CityComputation>>();

/** The computations of every city of the snapshot, built on first use. */
export function computations(snapshot: Snapshot): ReadonlyMap<string, CityComputation> {
  let all = memo.get(snapshot);
  if (!all) {
    all = computeAll(snapshot);
    memo.set(snapshot, all);
  }
  return all;
}

export function computationOf(snapshot: Snapshot, cityId: string): CityComputation {
  const computed = computations(snapshot).get(cityId);
  if (!computed) throw new Error(`no city ${cityId} in the snapshot`);
  return computed;
}

type Unranked = Omit<CityComputation, 'assessment'> & { assessment: Omit<CityAssessment, 'ranks'> };

function computeCity(snapshot: Snapshot, cityId: string): Unranked {
  const totals = snapshot.totals.get(cityId) ?? new Map<number, number>();
  const population = snapshot.population.get(cityId);
  const year = latestYear(totals);
  const tonnes = year === undefined ? undefined : totals.get(year);
  const persons = year === undefined ? undefined : population?.get(year)?.persons;
  const latest = year === undefined || tonnes === undefined ? undefined : ([year, tonnes] as const);

  const fit = fitTrend(totals);
  const line = fit?.line ?? null;
  const target = assessTarget(snapshot.targets.get(cityId), totals, latest, line);
  const reference = assessReference(line, totals);
  return {
    figures: {
      latest: latest
        ? {
            year: latest[0],
            tonnesCo2e: latest[1],
            population: persons ?? null,
            tonnesPerCapita: perCapita(latest[1], persons),
          }
        : null,
      changeSince1990Percent: changePercent(totals.get(1990), tonnes),
      changeSince2015Percent: changePercent(totals.get(2015), tonnes),
    },
    assessment: {
      averageAnnualChangeSince2015Percent:
        year === undefined ? null : averageAnnualChangePercent(2015, totals.get(2015), year, tonnes),
      trend: fit?.trend ?? null,
      targetStatus: target.status,
      target: target.target,
      targetStanding: targetStanding({ targetStatus: target.status, target: target.target }),
      reference: reference?.reference ?? null,
    },
    points: measuredPoints(totals, population),
    paths: {
      trend: line && fit ? pathPoints(fit.trend.toYear, PATH_END_YEAR, (y) => projectedAt(line, y), totals) : [],
      target: target.path,
      reference: reference?.path ?? [],
    },
  };
}

/** The value each rank measure compares, as published. */
export function rankValue(city: Unranked, measure: RankMeasure): number | null {
  switch (measure) {
    case 'tonnesCo2e':
      return city.figures.latest?.tonnesCo2e ?? null;
    case 'tonnesPerCapita':
      return city.figures.latest?.tonnesPerCapita ?? null;
    case 'changeSince1990Percent':
      return city.figures.changeSince1990Percent;
    case 'changeSince2015Percent':
      return city.figures.changeSince2015Percent;
    case 'averageAnnualChangeSince2015Percent':
      return city.assessment.averageAnnualChangeSince2015Percent;
    case 'projectedChange2030Percent':
      return city.assessment.trend?.projectedChange2030Percent ?? null;
  }
}

function computeAll(snapshot: Snapshot): Map<string, CityComputation> {
  const unranked = new Map(snapshot.cities.map((city) => [city.id, computeCity(snapshot, city.id)]));
  // Ranks are among the programme's members now; a municipality outside it has none.
  const members = snapshot.members.flatMap((city) => {
    const computed = unranked.get(city.id);
    return computed ? [[city.id, computed] as const] : [];
  });
  const ranksBy = new Map(
    RANK_MEASURES.map((measure) => [
      measure,
      competitionRanks(new Map(members.map(([id, city]) => [id, rankValue(city, measure)]))),
    ]),
  );
  const result = new Map<string, CityComputation>();
  for (const [id, city] of unranked) {
    const ranks = Object.fromEntries(
      RANK_MEASURES.map((measure) => [measure, ranksBy.get(measure)?.get(id) ?? null]),
    ) as CityAssessment['ranks'];
    result.set(id, { ...city, assessment: { ...city.assessment, ranks } });
  }
  return result;
}
