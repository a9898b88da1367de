/*
 * npm run eval -- --corpus DIR --out FILE [--today YYYY-MM-DD] [--experts DIR] [--among N]
 *
 * Starts what the measurement needs, as `npm test` does (test/global-setup.ts):
 * PostgreSQL and Redis when they are local and stopped, Apertium checked, and a
 * Meilisearch of this run's own from the bundled binary, on a free port with an empty
 * data folder, stopped and removed at the end. TEST_MEILI_URL (with TEST_MEILI_KEY)
 * names one to use instead. Then measure.ts imports the corpus through the HTTP API and
 * scores each demand's matches; with --experts, it registers that folder's experts and
 * scores each demand's suggested experts too.
 *
 * --among N measures quality at scale (issue 14): N generated listings (the benchmarks'
 * seeded generator, test/bench/generate.ts; external ids SCALE-…) are imported before
 * the corpus and indexed and matched with it, so that the corpus is ranked among a
 * catalogue. Each demand's matches are then read 50 deep, the generated listings taken
 * out, and the first ten corpus offers scored as without --among; the keyword baseline
 * likewise. FILE then holds the rankings as served, generated listings included. Matching
 * 20,000 listings takes some 20–25 minutes on two cores; progress goes to stderr.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '@enlace/devstack/ports';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' }, experts: { type: 'string' }, among: { type: 'string' } },
});
if (!values.corpus || !values.out) {
  console.error('usage: npm run eval -- --corpus DIR --out FILE [--today YYYY-MM-DD] [--experts DIR] [--among N]');
  process.exit(2);
}
const among = values.among === undefined ? undefined : Number(values.among);
if (among !== undefined && !(Number.isInteger(among) && among > 0)) {
  console.error('--among must be a whole number of generated listings, at least 1');
  process.exit(2);
}
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--today must be YYYY-MM-DD');
  process.exit(2);
}
if (!existsSync(join(resolve(values.corpus), 'listings.jsonl'))) {
  console.error(`no listings.jsonl in ${resolve(values.corpus)}`);
  process.exit(2);
}

// TEST_MEILI_URL must be set before @enlace/devstack is first imported (its testing
// module reads it then), hence the free port found here and the imports below.
let meili: { pid?: number; dataDir: string } | undefined;
if (!process.env.TEST_MEILI_URL) {
  const port = await freePort();
  process.env.TEST_MEILI_URL = `http://127.0.0.1:${port}`;
  process.env.TEST_MEILI_KEY = 'enlace-eval-run-master-key';
  meili = { dataDir: '' };
}

const { ensureApertium, ensureMeilisearch, ensurePostgres, ensureRedis, STATE_DIR } = await import('@enlace/devstack');
const { TEST_DATABASE_SERVER, TEST_REDIS_URL } = await import('@enlace/devstack/testing');

function stopMeilisearch(): void {
  if (!meili) return;
  if (meili.pid) {
    try {
      process.kill(meili.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (meili.dataDir) rmSync(meili.dataDir, { recursive: true, force: true });
  meili = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopMeilisearch();
    process.exit(130);
  });
}

try {
  await ensurePostgres(`${TEST_DATABASE_SERVER}/postgres`);
  await ensureRedis(TEST_REDIS_URL);
  ensureApertium();
  if (meili) {
    const url = process.env.TEST_MEILI_URL!;
    meili.dataDir = join(STATE_DIR, `meili-eval-${new URL(url).port}`);
    const started = await ensureMeilisearch(url, process.env.TEST_MEILI_KEY!, meili.dataDir);
    if (started.pid) meili.pid = started.pid;
  }
  const { measure } = await import('./measure.js');
  await measure({ corpus: values.corpus, out: values.out, today, experts: values.experts, among });
} finally {
  stopMeilisearch();
}
