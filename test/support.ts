import { type TestApi, startTestApi } from '@enlace/api/testing';
import { startWorkers } from '@enlace/worker';
import { pino } from 'pino';

/** Polls until `check` returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The API and the workers of one test file, on its own database, queues and index. */
export async function startStack(label: string, opts: Parameters<typeof startTestApi>[0] = {}) {
  const api = await startTestApi({ label, ...opts });
  const workers = await startWorkers({
    env: api.env,
    db: api.db,
    search: api.search,
    clock: api.clock,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  return {
    api,
    workers,
    async close() {
      await workers.close();
      await api.close();
    },
  };
}
export type Stack = Awaited<ReturnType<typeof startStack>> & { api: TestApi };
