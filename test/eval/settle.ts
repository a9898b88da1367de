import type { Database } from '@enlace/db';
import { LISTING_TOPICS, OUTBOX_TOPICS } from '@enlace/domain';
import { type Producer, QUEUES } from '@enlace/queue';
import { pendingOutbox } from '@enlace/registry/internal';

/** The listings still named by jobs of a bulk lane (a job carries up to hundreds of them). */
async function listingsQueued(producer: Producer, q: typeof QUEUES.indexBulk | typeof QUEUES.matchBulk): Promise<number> {
  const jobs = await producer.queue(q).getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
  return jobs.reduce((n, job) => n + ((job?.data as { listingIds?: unknown[] } | undefined)?.listingIds?.length ?? 0), 0);
}

/**
 * Waits until every committed listing and expert change has gone through the outbox,
 * the index, match and expert queues, and stayed so for a moment (a finished job can enqueue more).
 * `reportEveryMs` spaces the progress reports (5 s by default); with `countListings` each
 * report also says how many listings the bulk lanes still have to index and to match,
 * since a catalogue's few large jobs say little about how far along it is.
 */
export async function waitUntilSettled(
  db: Database,
  producer: Producer,
  opts: {
    timeoutMs?: number;
    quietMs?: number;
    reportEveryMs?: number;
    countListings?: boolean;
    onWait?: (state: Record<string, number>) => void;
  } = {},
) {
  const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
  const deadline = Date.now() + timeoutMs;
  const quietMs = opts.quietMs ?? 1500;
  const reportEveryMs = opts.reportEveryMs ?? 5000;
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
      if (Date.now() - lastReport > reportEveryMs) {
        if (opts.countListings) {
          state.listingsToIndex = await listingsQueued(producer, QUEUES.indexBulk);
          state.listingsToMatch = await listingsQueued(producer, QUEUES.matchBulk);
        }
        opts.onWait?.(state);
        lastReport = Date.now();
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the pipeline did not settle in ${timeoutMs / 60_000} minutes`);
}
