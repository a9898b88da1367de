import type { EnqueuedTaskPromise, Task } from 'meilisearch';

export class SearchTaskError extends Error {}

/**
 * Meilisearch writes are asynchronous: wait for the task and check that it succeeded,
 * because the client's wait also resolves when the task failed.
 */
export async function settled(enqueued: EnqueuedTaskPromise, timeoutMs = 60_000): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: timeoutMs, interval: 25 });
  if (task.status !== 'succeeded') {
    throw new SearchTaskError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
  }
  return task;
}
