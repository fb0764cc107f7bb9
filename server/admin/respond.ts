/** What the admin route modules share: their options and the JSON answer every write gives. */
import type { Context } from 'hono';
import type { Db } from '../db/connection.ts';
import type { AdminEnv } from './guard.ts';

export interface AdminRouteOptions {
  db: Db;
  today: () => string;
  /** The audit log's actor and time for this request. */
  who: (c: Context<AdminEnv>) => { actor: string; at: string };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}
