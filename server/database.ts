/**
 * Opens the dashboard's database with every layer's start-up work, in layer order: db
 * creates, migrates, seeds and backfills what it owns (server/db/open.ts), then the
 * releases backfill theirs (server/releases/backfill.ts). The server, the scripts and the
 * tests open the database here.
 */
import type { Db } from './db/connection.ts';
import { openDb, type OpenOptions } from './db/open.ts';
import { backfillReleases } from './releases/backfill.ts';

export function openDatabase(options: Omit<OpenOptions, 'backfill'>): Db {
  return openDb({ ...options, backfill: backfillReleases });
}
