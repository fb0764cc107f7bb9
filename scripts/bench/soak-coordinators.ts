/**
 * The soak's concurrent coordinators (issue 15): four tokens edit Lund's targets and Lund's
 * 2023 signing at the same moments, each with If-Match from its own last read (its last
 * answer, or the version a 412 named). A refused coordinator applies its change once more
 * over theirs, as the admin UI offers. At the end, nothing may be lost: every write either
 * landed (200, and its audit entry holds its change) or was refused (412/409, and a
 * `write.refused` entry holds it), the log has no other entries by them, and what is stored
 * is the last write that landed.
 */
import { randomBytes } from 'node:crypto';
import { verifyCoordinators } from './soak-audit.ts';
import {
  CITY,
  read,
  SIGNING,
  type Coordinator,
  type CoordinatorSummary,
  type Resource,
  type State,
  type Write,
} from './soak-state.ts';

export { reconcile, type AuditEntry } from './soak-audit.ts';
export type { CoordinatorSummary, Write } from './soak-state.ts';

export const COORDINATORS = 4;
/** Rounds per soak, so the writes stay well inside the write rate limit at any soak length. */
const ROUNDS = 6;
const MIN_ROUND_SECONDS = 2;

export function coordinatorTokens(): { name: string; token: string }[] {
  return Array.from({ length: COORDINATORS }, (_, i) => ({
    name: `bench-coordinator-${i + 1}`,
    token: randomBytes(24).toString('hex'),
  }));
}

/** Reads what the coordinators will edit (before the load starts), then returns the runner. */
export async function prepareCoordinators(
  baseUrl: string,
  tokens: { name: string; token: string }[],
): Promise<(untilMs: number) => Promise<CoordinatorSummary>> {
  const first = tokens[0];
  if (!first) throw new Error('no coordinator tokens');
  const start: State = {
    targets: await read(baseUrl, first.token, 'targets'),
    signings: await read(baseUrl, first.token, 'signings'),
  };
  const signing = start.signings.signings.find((s) => s.versionId === SIGNING.versionId && s.kind === SIGNING.kind);
  const sourceUrl = start.signings.sources.find((s) => s.id === signing?.sourceIds[0])?.url;
  if (!signing || !sourceUrl || start.targets.targets.length === 0)
    throw new Error(
      `${CITY} needs targets and a ${SIGNING.versionId} contract with a source for the coordinators to edit`,
    );
  // Each coordinator reads for itself.
  const coordinators: Coordinator[] = [];
  for (const { name, token } of tokens) {
    coordinators.push({
      name,
      token,
      version: {
        targets: (await read(baseUrl, token, 'targets')).version,
        signings: (await read(baseUrl, token, 'signings')).version,
      },
    });
  }
  const body = (resource: Resource, marker: string) =>
    resource === 'targets'
      ? {
          targets: start.targets.targets.map((t, i) =>
            i === 0
              ? { ...t, statement: { sv: `${t.statement.sv} [${marker}]`, en: `${t.statement.en} [${marker}]` } }
              : t,
          ),
        }
      : {
          cityId: CITY,
          ...SIGNING,
          signedOn: signing.signedOn,
          sourceUrl,
          note: { sv: `${signing.note.sv} [${marker}]`, en: `${signing.note.en} [${marker}]` },
        };
  return (untilMs) => run(baseUrl, coordinators, body, untilMs);
}

/** The coordinators' writes: each sent with its coordinator's version, recorded, and its answer's version kept. */
function coordinatorWriter(baseUrl: string, body: (resource: Resource, marker: string) => unknown) {
  const writes: Write[] = [];
  let throttled = 0;
  const path = (resource: Resource) =>
    resource === 'targets' ? `/api/v1/admin/cities/${CITY}/targets` : '/api/v1/admin/signings';

  /** One write with this coordinator's version; a 429 is waited out and sent again (at most 3 times). */
  async function send(
    c: Coordinator,
    resource: Resource,
    marker: string,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${baseUrl}${path(resource)}`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${c.token}`,
          'Content-Type': 'application/json',
          'If-Match': `"${c.version[resource]}"`,
        },
        body: JSON.stringify(body(resource, marker)),
      });
      const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (res.status !== 429 || attempt === 3) return { status: res.status, body: answer };
      throttled++;
      await new Promise((r) => setTimeout(r, Math.min(5, Number(res.headers.get('Retry-After') ?? 1)) * 1000));
    }
  }

  async function write(c: Coordinator, resource: Resource, marker: string): Promise<number> {
    const { status, body: answer } = await send(c, resource, marker);
    writes.push({
      by: c.name,
      resource,
      marker,
      status,
      auditId: typeof answer.auditId === 'number' ? answer.auditId : null,
    });
    // Its next write is based on what it last learnt: its own write's version, or theirs from the 412.
    const version = status === 200 ? answer.version : status === 412 ? answer.currentVersion : undefined;
    if (typeof version === 'string') c.version[resource] = version;
    return status;
  }

  return { write, writes, throttled: () => throttled };
}

async function run(
  baseUrl: string,
  coordinators: Coordinator[],
  body: (resource: Resource, marker: string) => unknown,
  untilMs: number,
): Promise<CoordinatorSummary> {
  const { write, writes, throttled } = coordinatorWriter(baseUrl, body);
  const roundMs = Math.max(MIN_ROUND_SECONDS * 1000, (untilMs - Date.now()) / ROUNDS);
  const startMs = Date.now();
  let rounds = 0;
  for (let r = 0; startMs + (r + 0.5) * roundMs < untilMs; r++) {
    const wait = startMs + (r + 0.5) * roundMs - Date.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    const resource: Resource = r % 2 === 0 ? 'targets' : 'signings';
    await Promise.all(
      coordinators.map(async (c) => {
        const marker = `${c.name} round ${r}`;
        // Refused: apply mine again over theirs, once, as the admin UI offers.
        if ((await write(c, resource, marker)) === 412) await write(c, resource, `${marker} again`);
      }),
    );
    rounds++;
  }
  return verifyCoordinators(baseUrl, coordinators, writes, rounds, throttled());
}

/** One line for the soak's write row. */
export function describeCoordinators(s: CoordinatorSummary): string {
  const verdict = s.ok
    ? 'no lost write'
    : `LOST OR UNACCOUNTED: ${s.problems.slice(0, 3).join('; ')}${s.problems.length > 3 ? '; …' : ''}`;
  return (
    `${s.coordinators} coordinators on ${s.city}'s targets and signing, ${s.rounds} rounds: ${s.writes} writes, ${s.landed} landed, ${s.refused} refused (412/409)` +
    `${s.throttled > 0 ? `, ${s.throttled} 429s waited out` : ''}; audit: ${s.audit.landedEntries} entries, ${s.audit.refusedEntries} write.refused; ${verdict}`
  );
}
