import { type EnqueuedTaskPromise, MeilisearchTaskTimeOutError, type Task } from 'meilisearch';

export class SearchTaskError extends Error {}

/**
 * Meilisearch writes are asynchronous: wait for the task and check that it succeeded,
 * because the client's wait also resolves when the task failed.
 *
 * The wait runs in rounds of at most nine polls: the client leaves a listener on a round's abort
 * signal for each poll until the round ends, and Node warns of a leak past ten.
 */
export async function settled(enqueued: EnqueuedTaskPromise, timeoutMs = 60_000): Promise<Task> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const round = Math.max(1, Math.min(POLL_MS * 8, deadline - Date.now()));
    try {
      const task = await enqueued.waitTask({ timeout: round, interval: POLL_MS });
      if (task.status !== 'succeeded') {
        throw new SearchTaskError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
      }
      return task;
    } catch (err) {
      if (!(err instanceof MeilisearchTaskTimeOutError) || Date.now() >= deadline) throw err;
    }
  }
}

const POLL_MS = 25;
