/**
 * A city's targets as one versioned resource: read with their version, replaced as a whole
 * (ids assigned here, `<city>-1`, `<city>-2` … in order) under If-Match.
 */
import type { z } from 'zod';
import type { CityTargets, Target, targetsRequestSchema } from '../../contract/index.ts';
import { datasetTargetSchema } from '../dataset/schema.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/connection.ts';
import { targetFromRow, targetWriter, type TargetRow } from '../db/rows.ts';
import { HttpProblem } from '../http/problem.ts';
import type { City } from './cities.ts';
import { sameState } from './versions.ts';

type TargetsInput = z.output<typeof targetsRequestSchema>;

function invalid(detail: string, parameter: string): HttpProblem {
  return new HttpProblem(400, detail, { type: '/api/v1/problems/invalid-body', parameter });
}

/** The same rules as the curated targets (percentages within 0–100, a base year before the target year, one primary). */
export function checkedTargets(cityId: string, input: TargetsInput): Target[] {
  const targets = input.targets.map((t, i): Target => ({
    ...t,
    id: `${cityId}-${i + 1}`,
    source: { ...t.source, note: t.source.note ?? { sv: '', en: '' } },
  }));
  targets.forEach((t, i) => {
    const result = datasetTargetSchema.omit({ statement: true, source: true }).safeParse({ ...t, cityId });
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = ['targets', i, ...(issue?.path ?? [])].join('.');
      throw invalid(`Invalid field '${path}': ${issue?.message ?? 'invalid value'}.`, path);
    }
    if (t.measure.type === 'reduction-from-base' && t.measure.baseYear >= t.targetYear) {
      throw invalid(
        `Target ${i + 1}: the base year ${t.measure.baseYear} must come before the target year ${t.targetYear}.`,
        `targets.${i}.measure.baseYear`,
      );
    }
  });
  if (targets.filter((t) => t.primary).length > 1)
    throw invalid('At most one target can be primary (the one the dashboard draws a path for).', 'targets');
  return targets;
}

/** The city's targets as stored, in the shape the public city detail answers them (snapshot.ts). */
export function cityTargets(db: Db, cityId: string): CityTargets {
  const rows = db.prepare<[string], TargetRow>('SELECT * FROM targets WHERE city_id = ? ORDER BY position').all(cityId);
  return {
    cityId,
    targets: rows.map(targetFromRow),
  };
}

/**
 * Replaces the city's targets, `before` being what they are now; audited. Call inside the
 * write's transaction. Answers the audit entry, or null when nothing changed.
 */
export function replaceTargets(
  db: Db,
  city: City,
  before: readonly Target[],
  targets: readonly Target[],
  who: { actor: string; at: string },
): number | null {
  // The stored targets and the request's are built with their keys in different orders.
  if (sameState(before, targets)) return null;
  db.prepare('DELETE FROM targets WHERE city_id = ?').run(city.id);
  const write = targetWriter(db);
  targets.forEach((t, i) => write(t, city.id, i));
  const auditId = recordAudit(db, {
    ...who,
    action: 'targets.replace',
    subject: city.id,
    summary: {
      sv: `Ersatte ${city.name}s mål: ${before.length} → ${targets.length}.`,
      en: `Replaced ${city.name}'s targets: ${before.length} → ${targets.length}.`,
    },
    before,
    after: targets,
  });
  bumpRevision(db);
  return auditId;
}
