/**
 * zod for every schema of the contract, configured before any schema is built: zod compiles
 * fast parsers with `new Function` unless jitless, and its probe for that is reported as a
 * Content-Security-Policy violation in the browser (script-src without 'unsafe-eval',
 * server/site.ts) even though zod catches it. The setting is read when a schema is built.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
