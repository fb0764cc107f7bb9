/**
 * The cities in rank order on one measure (ranks as in assessment.ts / ranks.ts), each with its
 * standing against its own target (target-standing.ts). On `targetGapPercent` the cities whose
 * trend can be held against a numeric target are ranked by how far the trend ends from what the
 * target allows; the others follow, grouped by their standing, so every member is listed.
 * The cities are the programme's members now (roster.ts): "of N" is their number.
 */
import {
  TARGET_STANDINGS,
  type RankMeasure,
  type StandingsMeasure,
  type Standing,
  type TargetAssessment,
} from '../../contract/index.ts';
import type { Snapshot } from './snapshot.ts';
import { computations, rankValue, type CityComputation } from './assessment.ts';
import { competitionRanks } from './ranks.ts';

/**
 * The trend's value in the target year minus what the target allows then, in percent of the
 * base-year emissions, to a tenth: negative is below the target (on track), positive above it.
 * Null without a trend to hold against a numeric target.
 */
export function targetGapPercent(target: TargetAssessment | null): number | null {
  if (!target || target.projectedTonnes === null || !(target.baseTonnes > 0)) return null;
  return Math.round(((target.projectedTonnes - target.targetTonnes) / target.baseTonnes) * 1000) / 10;
}

function valueOf(computed: CityComputation | undefined, measure: StandingsMeasure): number | null {
  if (!computed) return null;
  if (measure === 'targetGapPercent') return targetGapPercent(computed.assessment.target);
  return rankValue(computed, measure);
}

/** The ranks the assessment gave every city on a rank measure. */
function rankMeasureRanks(snapshot: Snapshot, measure: RankMeasure) {
  const all = computations(snapshot);
  return new Map(snapshot.members.map((city) => [city.id, all.get(city.id)?.assessment.ranks[measure] ?? null]));
}

export function standings(snapshot: Snapshot, measure: StandingsMeasure): Standing[] {
  const all = computations(snapshot);
  const values = new Map(snapshot.members.map((city) => [city.id, valueOf(all.get(city.id), measure)]));
  const ranks = measure === 'targetGapPercent' ? competitionRanks(values) : rankMeasureRanks(snapshot, measure);
  const entries = snapshot.members.map((city): Standing => {
    const rank = ranks.get(city.id) ?? null;
    return {
      cityId: city.id,
      name: city.name,
      value: values.get(city.id) ?? null,
      rank: rank?.rank ?? null,
      of: rank?.of ?? 0,
      targetStanding: all.get(city.id)?.assessment.targetStanding ?? 'no-target',
    };
  });
  const of = Math.max(0, ...entries.map((e) => e.of));
  const group = (e: Standing) => (measure === 'targetGapPercent' ? TARGET_STANDINGS.indexOf(e.targetStanding) : 0);
  return entries
    .map((e) => ({ ...e, of }))
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) || group(a) - group(b) || a.name.localeCompare(b.name, 'sv'),
    );
}
