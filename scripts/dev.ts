/**
 * `npm run dev`: the API (restarting on server changes) on PORT (default 8080) and
 * Vite with hot reload on 5173, proxying /api to it. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run dev\nStarts the API with tsx watch and Vite on http://localhost:5173 with /api proxied to it.',
  );
  process.exit(0);
}

const port = process.env.PORT ?? '8080';
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch-path=server', '--watch-path=contract', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit', env: { ...process.env, PORT: port } }),
];

function stop(code: number) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
