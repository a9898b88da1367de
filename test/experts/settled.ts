import { OUTBOX_TOPICS } from '@enlace/domain';
import { QUEUES } from '@enlace/queue';
import { pendingOutbox } from '@enlace/registry/internal';
import { eventually, type Stack } from '../support.js';

/** Every expert change has gone through the outbox and the experts queue (index and suggestions). */
export async function expertChangesSettled(stack: Stack): Promise<void> {
  await eventually(
    async () => {
      if ((await pendingOutbox(stack.api.db, [OUTBOX_TOPICS.expertChanged])) > 0) return false;
      const counts = await stack.api.producer.queue(QUEUES.indexExperts).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    },
    20_000,
    'expert changes settled',
  );
}
