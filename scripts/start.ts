/**
 * `npm start`: builds the SPA when dist/ is missing or older than its sources, then
 * starts the server (which creates and seeds the database on first start).
 */
import { buildIfStale } from './build-if-stale.ts';

buildIfStale();
await import('../server/main.ts');
