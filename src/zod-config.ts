/**
 * Imported first by main.tsx, before any schema is built: zod compiles fast parsers with
 * `new Function` unless jitless, and its probe for that is reported as a Content-Security-Policy
 * violation (script-src without 'unsafe-eval', server/site.ts) even though zod catches it.
 */
import { config } from 'zod';

config({ jitless: true });
