/**
 * The soak coordinators' check: every write of theirs is accounted for in the audit log
 * (landed: its entry holds its change; refused: a `write.refused` entry holds it) and what
 * is stored is the last write that landed.
 */
import {
  CITY,
  read,
  SIGNING,
  type Coordinator,
  type CoordinatorSummary,
  type State,
  type Write,
} from './soak-state.ts';

export interface AuditEntry {
  id: number;
  actor: string;
  action: string;
  after: unknown;
}

async function auditOf(baseUrl: string, token: string, actors: Set<string>): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (let before: number | null = null, page = 0; page < 100; page++) {
    const res = await fetch(`${baseUrl}/api/v1/admin/audit?limit=200${before === null ? '' : `&before=${before}`}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { entries: AuditEntry[]; nextBefore: number | null };
    entries.push(...body.entries.filter((e) => actors.has(e.actor)));
    if (body.nextBefore === null) break;
    before = body.nextBefore;
  }
  return entries;
}

/**
 * What the writes and the coordinators' audit entries fail to account for, in words (empty:
 * no write was lost). Every write landed (200) or was refused (412/409); each landed one has
 * its own entry holding its change, each refused one a `write.refused` entry holding it, and
 * the log has no other entries of theirs.
 */
export function reconcile(writes: readonly Write[], entries: readonly AuditEntry[]): string[] {
  const problems: string[] = [];
  const landed = writes.filter((w) => w.status === 200);
  const refused = writes.filter((w) => w.status === 412 || w.status === 409);
  const other = writes.filter((w) => w.status !== 200 && w.status !== 412 && w.status !== 409);
  if (other.length > 0)
    problems.push(`${other.length} writes neither landed nor were refused (${other.map((w) => w.status).join(', ')})`);
  const landedEntries = entries.filter((e) => e.action !== 'write.refused');
  const refusedEntries = entries.filter((e) => e.action === 'write.refused');
  for (const w of landed) {
    const entry = landedEntries.find((e) => e.id === w.auditId);
    if (!entry || entry.actor !== w.by || !JSON.stringify(entry.after).includes(`[${w.marker}]`))
      problems.push(`landed write "${w.marker}" (${w.resource}) has no audit entry with its change`);
  }
  for (const w of refused) {
    if (!refusedEntries.some((e) => e.actor === w.by && JSON.stringify(e.after).includes(`[${w.marker}]`)))
      problems.push(`refused write "${w.marker}" has no write.refused entry`);
  }
  if (landedEntries.length !== landed.length)
    problems.push(`${landed.length} writes landed but the log has ${landedEntries.length} entries of theirs`);
  if (refusedEntries.length !== refused.length)
    problems.push(
      `${refused.length} writes were refused but the log has ${refusedEntries.length} write.refused entries`,
    );
  return problems;
}

/** The summary of the coordinators' writes, checked against the audit log and the stored state. */
export async function verifyCoordinators(
  baseUrl: string,
  coordinators: Coordinator[],
  writes: Write[],
  rounds: number,
  throttled: number,
): Promise<CoordinatorSummary> {
  const token = coordinators[0]?.token ?? '';
  const entries = await auditOf(baseUrl, token, new Set(coordinators.map((c) => c.name)));
  const problems = reconcile(writes, entries);
  const byStatus: Record<string, number> = {};
  for (const w of writes) byStatus[w.status] = (byStatus[w.status] ?? 0) + 1;
  const landed = writes.filter((w) => w.status === 200);

  // What is stored is the last write that landed: none after it was lost.
  for (const resource of ['targets', 'signings'] as const) {
    const last = landed
      .filter((w) => w.resource === resource)
      .sort((a, b) => (a.auditId ?? 0) - (b.auditId ?? 0))
      .at(-1);
    if (!last) continue;
    const state = await read(baseUrl, token, resource);
    const text =
      resource === 'targets'
        ? JSON.stringify(state)
        : JSON.stringify(
            (state as State['signings']).signings.find(
              (s) => s.versionId === SIGNING.versionId && s.kind === SIGNING.kind,
            ),
          );
    if (!text.includes(`[${last.marker}]`))
      problems.push(`${resource}: the stored state is not the last landed write ("${last.marker}")`);
  }
  return {
    coordinators: coordinators.length,
    city: CITY,
    rounds,
    writes: writes.length,
    landed: landed.length,
    refused: writes.filter((w) => w.status === 412 || w.status === 409).length,
    byStatus,
    throttled,
    audit: {
      landedEntries: entries.filter((e) => e.action !== 'write.refused').length,
      refusedEntries: entries.filter((e) => e.action === 'write.refused').length,
    },
    problems,
    ok: problems.length === 0 && writes.length > 0,
  };
}
