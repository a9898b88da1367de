import type { Database } from '@enlace/db';
import { LISTING_TOPICS, OUTBOX_TOPICS } from '@enlace/domain';
import { type Producer, QUEUES } from '@enlace/queue';
import { pendingOutbox } from '@enlace/registry/internal';

/**
 * Waits until every committed listing and expert change has gone through the outbox,
 * the index, match and expert queues, and stayed so for a moment (a finished job can enqueue more).
 */
export async function waitUntilSettled(
  db: Database,
  producer: Producer,
  opts: { timeoutMs?: number; quietMs?: number; onWait?: (state: Record<string, number>) => void } = {},
) {
  const deadline = Date.now() + (opts.timeoutMs ?? 15 * 60_000);
  const quietMs = opts.quietMs ?? 1500;
  let quietSince: number | undefined;
  let lastReport = 0;
  while (Date.now() < deadline) {
    const state: Record<string, number> = { outbox: await pendingOutbox(db, [...LISTING_TOPICS, OUTBOX_TOPICS.expertChanged]) };
    for (const q of [QUEUES.index, QUEUES.indexBulk, QUEUES.match, QUEUES.matchBulk, QUEUES.imports, QUEUES.indexExperts]) {
      const c = await producer.queue(q).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      state[q] = Object.values(c).reduce((a, b) => a + b, 0);
    }
    const busy = Object.values(state).some((n) => n > 0);
    if (!busy) {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= quietMs) return;
    } else {
      quietSince = undefined;
      if (Date.now() - lastReport > 5000) {
        opts.onWait?.(state);
        lastReport = Date.now();
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the pipeline did not settle in time');
}
