import { setupServer } from 'msw/node';
import { handlers } from './handlers.ts';

/** MSW for Vitest: every test file starts from these handlers; tests override with server.use(). */
export const server = setupServer(...handlers);
