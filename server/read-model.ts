/** Keeps the in-memory snapshot and response cache in step with the database's revision. */
import type { Context } from 'hono';
import type { Db } from './db/open.ts';
import { loadSnapshot, readRevision, type Snapshot } from './db/snapshot.ts';
import { ResponseCache, sendCachedJson } from './http/cache.ts';

export class ReadModel {
  private snapshot: Snapshot | undefined;
  private readonly cache = new ResponseCache();

  constructor(
    private readonly db: Db,
    /** Today's date in Sweden, `YYYY-MM-DD`; injectable for tests. */
    readonly today: () => string = stockholmToday,
  ) {}

  current(): Snapshot {
    const revision = readRevision(this.db);
    if (!this.snapshot || this.snapshot.revision !== revision) this.snapshot = loadSnapshot(this.db);
    this.cache.sync(revision);
    return this.snapshot;
  }

  /** Answers with a JSON body built at most once per key and revision, honouring If-None-Match. */
  respond(c: Context, key: string, build: (snapshot: Snapshot) => unknown): Response {
    const snapshot = this.current();
    return sendCachedJson(c, this.cache.get(key, () => build(snapshot)));
  }
}

export function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}
