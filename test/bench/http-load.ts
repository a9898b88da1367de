/*
 * What the HTTP benchmarks share: autocannon in a worker thread (its own event loop, so
 * that the server in the bench's thread answers as it would to another machine), with
 * every response's time kept for percentiles; the same address asked one request at a
 * time; and the web interface started as production runs it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import type { Options as AutocannonOptions } from 'autocannon';
import type { Log } from './run.js';

export const CONNECTIONS = 20;
export const SECONDS = Number(process.env.BENCH_WEB_SECONDS ?? 10);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const round = (n: number) => Math.round(n * 10) / 10;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export interface Load {
  readonly url: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number };
  /** Received per answer, headers included (pages compressed as for a browser). */
  readonly kBPerResponse: number;
  /** The same address asked one request at a time (no load): the median of ALONE requests. */
  readonly aloneP50Ms: number;
}

export const ALONE = 60;

/*
 * autocannon in a worker thread: its own event loop, so the API in this thread answers as
 * it would to another machine. Its summary has no p95, so the worker keeps every
 * response's time (request written → whole response read) and sends them back.
 */
const LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.module);
const times = [];
let bytes = 0;
const instance = autocannon(workerData.options, (err, result) => {
  if (err) parentPort.postMessage({ error: String(err) });
  else parentPort.postMessage({ times, ok: result['2xx'], other: result.non2xx, errors: result.errors, bytes, seconds: result.duration });
});
instance.on('response', (_client, status, resBytes, ms) => { if (status < 300) { times.push(ms); bytes += resBytes; } });
`;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

interface LoaderAnswer {
  readonly error?: string;
  readonly times: number[];
  readonly ok: number;
  readonly other: number;
  readonly errors: number;
  readonly bytes: number;
  readonly seconds: number;
}

/** The median time of one request at a time, to the whole (decompressed) body: what the page costs without queueing. */
export async function alone(url: string, headers: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ALONE + 5; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    if (i >= 5) times.push(performance.now() - t0);
  }
  return round(
    percentile(
      times.sort((a, b) => a - b),
      50,
    ),
  );
}

export async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const options: AutocannonOptions = { url, connections: CONNECTIONS, duration: SECONDS, headers, timeout: 30 };
  const answer = await new Promise<LoaderAnswer>((resolve, reject) => {
    const worker = new Worker(LOADER, { eval: true, workerData: { module: AUTOCANNON, options } });
    worker.once('message', (m: LoaderAnswer) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  if (answer.error) throw new Error(`autocannon on ${url}: ${answer.error}`);
  if (answer.other > 0 || answer.errors > 0) throw new Error(`${url}: ${answer.other} answers other than 2xx, ${answer.errors} errors under load`);
  const sorted = answer.times.sort((a, b) => a - b);
  return {
    url: url.replace(/^http:\/\/[^/]+/, ''),
    requests: answer.ok,
    perSecond: Math.round(answer.ok / answer.seconds),
    latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) },
    kBPerResponse: round(answer.bytes / Math.max(answer.ok, 1) / 1024),
    aloneP50Ms: await alone(url, headers),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The web as production runs it: its own node process (TypeScript through tsx), NODE_ENV=production. */
export async function startWeb(apiUrl: string, log: Log): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/web/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TSX_TSCONFIG_PATH: join(ROOT, 'services/web/tsconfig.json'),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      WEB_HOST: '127.0.0.1',
      WEB_PORT: String(port),
      WEB_URL: url,
      API_URL: apiUrl,
      APP_SECRET: randomBytes(32).toString('base64url'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) child.kill('SIGKILL');
  };
  for (const started = Date.now(); ;) {
    if (exited) throw new Error('the web interface exited while starting');
    if (Date.now() - started > 60_000) {
      await stop();
      throw new Error('the web interface did not answer /health within 60 s');
    }
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  log(`web interface (pid ${child.pid}) listening at ${url}`);
  return { url, child, stop };
}
