/**
 * The soak's writer: once a second, `PUT /api/v1/admin/signings` re-records Malmö's signing
 * of the 2020 contract with its own date and source URL. The note alternates between two
 * texts so that every write really changes a row, lands in the audit log and moves the data
 * revision; an identical re-recording is a no-op on the server and would test nothing.
 * Each write sends If-Match: the version of Malmö's signings its previous answer named
 * (nobody else writes Malmö's signings in the soak, so every write should land).
 */
import type { CitySigningsResponse } from '../../contract/index.ts';
import { summarise } from './stats.ts';

/** What the writes came to; soak.ts adds the coordinators' verdict. */
export interface WriteSummary {
  attempted: number;
  ok: number;
  failed: number;
  byStatus: Record<string, number>;
  p50Ms: number;
  maxMs: number;
  /** Set when the writes could not be made as asked (endpoint missing, refused, rate-limited). */
  note: string | null;
}

const CITY = 'malmo';
const VERSION = '2020';

async function signingBody(baseUrl: string, token: string): Promise<{ body: (i: number) => string; version: string }> {
  const res = await fetch(`${baseUrl}/api/v1/admin/cities/${CITY}/signings`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`GET /api/v1/admin/cities/${CITY}/signings: HTTP ${res.status}`);
  const contracts = (await res.json()) as CitySigningsResponse;
  const signing = contracts.signings.find((s) => s.versionId === VERSION && s.kind === 'contract');
  const sourceUrl = contracts.sources.find((s) => s.id === signing?.sourceIds[0])?.url;
  if (!signing || !sourceUrl)
    throw new Error(
      `no ${CITY} ${VERSION} signing with a source in /api/v1/admin/cities/${CITY}/signings to re-record`,
    );
  const { note } = signing;
  const body = (i: number) =>
    JSON.stringify({
      cityId: CITY,
      versionId: VERSION,
      kind: 'contract',
      signedOn: signing.signedOn,
      sourceUrl,
      note: i % 2 === 0 ? { sv: `${note.sv} (kontrollerad)`, en: `${note.en} (checked)` } : note,
    });
  return { body, version: contracts.version };
}

/** The version a write's answer names: `version` after a 200, `currentVersion` in a 412. */
function versionIn(text: string, status: number): string | null {
  try {
    const body = JSON.parse(text) as { version?: unknown; currentVersion?: unknown };
    const version = status === 412 ? body.currentVersion : status === 200 ? body.version : null;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/**
 * Reads the signing to re-record (before the load starts, so the soak's first second is
 * not spent waiting behind 100 connections), then returns the writer: once a second until
 * `untilMs`, one write at a time, summing up what the server said.
 */
export async function prepareWrites(
  baseUrl: string,
  token: string,
): Promise<(untilMs: number) => Promise<WriteSummary>> {
  const { body, version } = await signingBody(baseUrl, token);
  return (untilMs) => writeEverySecond(baseUrl, token, body, version, untilMs);
}

async function writeEverySecond(
  baseUrl: string,
  token: string,
  body: (i: number) => string,
  firstVersion: string,
  untilMs: number,
): Promise<WriteSummary> {
  let version = firstVersion;
  const byStatus: Record<string, number> = {};
  const latencies: number[] = [];
  let note: string | null = null;
  const startMs = Date.now();
  for (let i = 0; startMs + i * 1000 < untilMs; i++) {
    const wait = startMs + i * 1000 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sentAt = performance.now();
    let status = 'network error';
    try {
      const res = await fetch(`${baseUrl}/api/v1/admin/signings`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
        body: body(i),
      });
      status = String(res.status);
      const text = await res.text();
      // The next write is based on this answer's version (a 412 names the current one).
      const answered = versionIn(text, res.status);
      if (answered) version = answered;
      if (!res.ok && note === null) note = `HTTP ${res.status} on write ${i + 1}: ${text.slice(0, 300)}`;
    } catch (error) {
      if (note === null) note = `write ${i + 1} failed: ${String(error)}`;
    }
    latencies.push(performance.now() - sentAt);
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    // No such endpoint (yet): stop writing, and say so loudly rather than count 60 failures.
    if (status === '404' || status === '405') {
      note = `the write API is not there (HTTP ${status} from PUT /api/v1/admin/signings): the soak ran WITHOUT writes. ${note ?? ''}`;
      break;
    }
  }
  const ok = Object.entries(byStatus).reduce((sum, [status, n]) => sum + (/^2\d\d$/.test(status) ? n : 0), 0);
  const attempted = latencies.length;
  const { median, max } = summarise(latencies);
  return { attempted, ok, failed: attempted - ok, byStatus, p50Ms: median, maxMs: max, note };
}
