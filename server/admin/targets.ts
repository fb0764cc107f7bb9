/** Replaces a city's targets (with their sources); ids are assigned here, `<city>-1`, `<city>-2` … in order. */
import type { z } from 'zod';
import type { Target, TargetsResponse, targetsRequestSchema } from '../../contract/index.ts';
import { datasetTargetSchema } from '../dataset/schema.ts';
import { bumpRevision, recordAudit } from '../db/audit.ts';
import type { Db } from '../db/open.ts';
import { loadSnapshot } from '../db/snapshot.ts';
import { HttpProblem } from '../http/problem.ts';

type TargetsInput = z.output<typeof targetsRequestSchema>;

function invalid(detail: string, parameter: string): HttpProblem {
  return new HttpProblem(400, detail, { type: '/api/v1/problems/invalid-body', parameter });
}

/** The same rules as the curated targets (percentages within 0–100, a base year before the target year, one primary). */
function checked(cityId: string, input: TargetsInput): Target[] {
  const targets = input.targets.map((t, i): Target => ({ ...t, id: `${cityId}-${i + 1}`, source: { ...t.source, note: t.source.note ?? { sv: '', en: '' } } }));
  targets.forEach((t, i) => {
    const result = datasetTargetSchema.omit({ statement: true, source: true }).safeParse({ ...t, cityId });
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = ['targets', i, ...(issue?.path ?? [])].join('.');
      throw invalid(`Invalid field '${path}': ${issue?.message ?? 'invalid value'}.`, path);
    }
    if (t.measure.type === 'reduction-from-base' && t.measure.baseYear >= t.targetYear) {
      throw invalid(`Target ${i + 1}: the base year ${t.measure.baseYear} must come before the target year ${t.targetYear}.`, `targets.${i}.measure.baseYear`);
    }
  });
  if (targets.filter((t) => t.primary).length > 1) throw invalid('At most one target can be primary (the one the dashboard draws a path for).', 'targets');
  return targets;
}

export function replaceTargets(db: Db, cityId: string, input: TargetsInput, who: { actor: string; at: string }): TargetsResponse {
  return db.transaction((): TargetsResponse => {
    const city = db.prepare('SELECT name FROM cities WHERE id = ?').get(cityId) as { name: string } | undefined;
    if (!city) throw new HttpProblem(404, `No city with id '${cityId}'. GET /api/v1/cities lists the ids.`, { type: '/api/v1/problems/unknown-city', title: 'Unknown city', parameter: 'id' });
    const targets = checked(cityId, input);
    const before = loadSnapshot(db).targets.get(cityId) ?? [];
    if (JSON.stringify(before) === JSON.stringify(targets)) return { cityId, targets, auditId: null };
    db.prepare('DELETE FROM targets WHERE city_id = ?').run(cityId);
    const insert = db.prepare(
      'INSERT INTO targets (id, city_id, position, scope, is_primary, target_year, measure, statement_sv, statement_en, source_url, source_title, source_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    targets.forEach((t, i) =>
      insert.run(t.id, cityId, i, t.scope, t.primary ? 1 : 0, t.targetYear, JSON.stringify(t.measure), t.statement.sv, t.statement.en, t.source.url, t.source.title, JSON.stringify(t.source.note)),
    );
    const auditId = recordAudit(db, {
      ...who,
      action: 'targets.replace',
      subject: cityId,
      summary: {
        sv: `Ersatte ${city.name}s mål: ${before.length} → ${targets.length}.`,
        en: `Replaced ${city.name}'s targets: ${before.length} → ${targets.length}.`,
      },
      before,
      after: targets,
    });
    bumpRevision(db);
    return { cityId, targets, auditId };
  })();
}
