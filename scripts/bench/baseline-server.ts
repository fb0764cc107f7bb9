/**
 * The API bench's baseline: node:http answering recorded responses (the real server's
 * exact status, headers and body bytes) from memory and doing nothing else, so the ratio
 * to it is what our server costs over the cheapest possible answer on this machine.
 *
 * Usage: node --import tsx scripts/bench/baseline-server.ts <recorded.json> (PORT, HOST from env)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface Recorded {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

const file = process.argv[2];
if (!file) throw new Error('usage: baseline-server.ts <recorded.json>');
const recorded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Recorded>;
const answers = new Map(
  Object.entries(recorded).map(([path, r]) => {
    const body = Buffer.from(r.bodyBase64, 'base64');
    return [
      path,
      { status: r.status, headers: { ...r.headers, 'content-length': String(body.length) }, body },
    ] as const;
  }),
);

createServer((req, res) => {
  const answer = answers.get(req.url ?? '');
  if (!answer) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}).listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
