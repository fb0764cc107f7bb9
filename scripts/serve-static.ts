/**
 * A plain static file server for the static export (`npm run export`), as a CDN or
 * `python3 -m http.server` would serve it: a path maps to a file, a folder to its index.html
 * (a folder without its trailing slash is redirected to it), anything else is 404.html with
 * status 404. No SPA fallback, no rewrites, no API: the e2e test proves the export needs none.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const { values } = parseArgs({
  options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(
    'Usage: tsx scripts/serve-static.ts --dir <export folder> [--port 8000] [--host 127.0.0.1]\nServes files only: a folder gives its index.html, a missing path 404.html with status 404.',
  );
  process.exit(0);
}
const root = resolve(values.dir ?? 'var/export');
const port = Number(values.port ?? 8000);

function send(res: import('node:http').ServerResponse, status: number, file: string, head: boolean) {
  res.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': 'no-cache',
  });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = join(root, normalize(pathname));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    if (existsSync(index)) return send(res, 200, index, head);
  } else if (existsSync(file)) {
    return send(res, 200, file, head);
  }
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return send(res, 404, notFound, head);
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
});

server.listen(port, values.host ?? '127.0.0.1', () =>
  console.log(`Serving ${root} on http://${values.host ?? '127.0.0.1'}:${port}`),
);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
