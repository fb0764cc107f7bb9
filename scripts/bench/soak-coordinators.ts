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

export const COORDINATORS = 4;
const CITY = 'lund';
const SIGNING = { versionId: '2023', kind: 'contract' } as const;
/** Rounds per soak, so the writes stay well inside the write rate limit at any soak length. */
const ROUNDS = 6;
const MIN_ROUND_SECONDS = 2;

type Resource = 'targets' | 'signings';

export interface CoordinatorSummary {
  coordinators: number;
  city: string;
  rounds: number;
  /** Every write sent (a 429's retry not counted again). */
  writes: number;
  landed: number;
  refused: number;
  byStatus: Record<string, number>;
  /** 429s waited out and retried. */
  throttled: number;
  audit: { landedEntries: number; refusedEntries: number };
  /** Writes the audit log or the stored state does not account for, in words; empty when none was lost. */
  problems: string[];
  ok: boolean;
}

interface Coordinator {
  name: string;
  token: string;
  /** Its last read's version of each resource. */
  version: Record<Resource, string>;
}

export interface Write {
  by: string;
  resource: Resource;
  /** Unique text the write puts in the resource, to find it in the audit log and the stored state. */
  marker: string;
  status: number;
  auditId: number | null;
}

interface State {
  targets: { targets: { statement: { sv: string; en: string } }[]; version: string };
  signings: {
    signings: {
      versionId: string;
      kind: string;
      signedOn: string;
      sourceIds: string[];
      note: { sv: string; en: string };
    }[];
    sources: { id: string; url: string }[];
    version: string;
  };
}

export function coordinatorTokens(): { name: string; token: string }[] {
  return Array.from({ length: COORDINATORS }, (_, i) => ({
    name: `bench-coordinator-${i + 1}`,
    token: randomBytes(24).toString('hex'),
  }));
}

async function read<R extends Resource>(baseUrl: string, token: string, resource: R): Promise<State[R]> {
  const res = await fetch(`${baseUrl}/api/v1/admin/cities/${CITY}/${resource}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`GET ${resource} of ${CITY}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as State[R];
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

async function run(
  baseUrl: string,
  coordinators: Coordinator[],
  body: (resource: Resource, marker: string) => unknown,
  untilMs: number,
): Promise<CoordinatorSummary> {
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
  return check(baseUrl, coordinators, writes, rounds, throttled);
}

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

async function check(
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
