/**
 * Loaded into the server under soak (node --import) so the bench can see its V8 heap,
 * which /proc does not show: every second one JSON line of process.memoryUsage() is
 * appended to BENCH_MEMORY_FILE. The timer is unref'd so it never keeps the server alive.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  setInterval(() => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ atMs: Date.now(), rss, heapUsed, heapTotal, external })}\n`);
  }, 1000).unref();
}
