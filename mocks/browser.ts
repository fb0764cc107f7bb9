import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.ts';

/** `npm run dev:mock`: the SPA on recorded fixtures in the browser, no server. */
export async function startMockWorker(): Promise<void> {
  await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: false });
}
