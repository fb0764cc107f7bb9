/**
 * Each city against its own target, in one word, and the programme's count of each: the
 * target-status measure the overview, the map, the standings and the headline show. Worked out
 * here once from the target assessment (target-path.ts), so every view says the same:
 * - 'on-track' / 'off-track': the city has a target with a figure, and its trend in the target
 *   year is at most / above what the target allows;
 * - 'not-assessed': a target with a figure, but no trend to hold against it (too few reported years);
 * - 'no-figure': a target stated without a figure to draw a path from;
 * - 'no-target': no verified target.
 * It is not the reference-path verdict ("within / over the budget", reference-path.ts), which
 * holds every city to the same rule.
 */
import { TARGET_STANDINGS, type CityAssessment, type TargetStanding } from '../../contract/index.ts';

export function targetStanding(assessment: Pick<CityAssessment, 'targetStatus' | 'target'>): TargetStanding {
  if (assessment.targetStatus === 'no-target') return 'no-target';
  if (assessment.targetStatus === 'no-numeric-target') return 'no-figure';
  return assessment.target?.status ?? 'not-assessed';
}

/** How many of `standings` are in each state, every state listed. */
export function countStandings(standings: Iterable<TargetStanding>): Record<TargetStanding, number> {
  const counts = Object.fromEntries(TARGET_STANDINGS.map((s) => [s, 0])) as Record<TargetStanding, number>;
  for (const standing of standings) counts[standing] += 1;
  return counts;
}
